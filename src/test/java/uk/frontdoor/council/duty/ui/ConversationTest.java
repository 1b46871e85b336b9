package uk.frontdoor.council.duty.ui;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.TimelineEntry;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.council.duty.DutyMessages;
import uk.frontdoor.messaging.ConversationMessage;
import uk.frontdoor.shell.Conversation;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;

/** The referrer and the duty worker talk about a contact, through the routes, each message acknowledged. */
class ConversationTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyMessages messages;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;
    @Autowired CamelContext camel;

    @Test
    void a_teacher_and_a_duty_worker_exchange_messages_and_each_is_acknowledged() {
        String reference = raiseAndReceive("Wren", "Talk");
        signInAs(DemoUser.TEACHER);
        Views.open("ConcernTimelineView", reference);
        _click(_get(Button.class, spec -> spec.withId("send-message")));
        assertThat(errors()).containsExactly("Write your message");
        Type.into(_get(TextArea.class, spec -> spec.withId(Conversation.MESSAGE_FIELD)), "She said her brother hits her.");
        _click(_get(Button.class, spec -> spec.withId("send-message")));
        eventually("ChAD acknowledges the message", WAIT, () -> timeline(reference).contains(TimelineStatus.MESSAGE_RECEIVED));

        UUID contact = contactId(reference);
        assertThat(messages.messages(DemoUser.DUTY.currentUser(), contact)).extracting(ConversationMessage::text)
                .containsExactly("She said her brother hits her.");
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyContactView.class, contact.toString());
        Type.into(_get(TextArea.class, spec -> spec.withId(Conversation.MESSAGE_FIELD)), "Thank you. Is he older than her?");
        _click(_get(Button.class, spec -> spec.withId("send-message")));
        assertThat(pageText()).contains("She said her brother hits her.", "Thank you. Is he older than her?");

        eventually("the reply reaches the teacher", WAIT, () -> timeline(reference).contains(TimelineStatus.MESSAGE_FROM_CHAD));
        assertThat(concerns.messages(DemoUser.TEACHER.currentUser(), reference)).extracting(ConversationMessage::text)
                .containsExactly("She said her brother hits her.", "Thank you. Is he older than her?");
        assertThat(inboxRecord(contact)).contains("Message from the referrer", "Sent the referrer a message");
    }

    @Test
    void a_redelivered_message_shows_once() {
        String reference = raiseAndReceive("Xan", "Again");
        ConversationMessage message = new ConversationMessage("msg-" + UUID.randomUUID(), reference, null, true, "Tess Teacher",
                "Sent twice by a flaky network.", java.time.Instant.now());
        String json = "{\"contract\":\"message.v1\",\"messageId\":\"" + message.messageId() + "\",\"reference\":\""
                + reference + "\",\"fromReferrer\":true,\"author\":\"Tess Teacher\",\"text\":\"" + message.text()
                + "\",\"sentAt\":\"" + message.sentAt() + "\"}";
        NotifyBuilder both = new NotifyBuilder(camel).fromRoute("message-intake").whenDone(2).create();
        jms.convertAndSend("duty.messages", json);
        jms.convertAndSend("duty.messages", json);
        assertThat(both.matches(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(messages.messages(DemoUser.DUTY.currentUser(), contactId(reference))).hasSize(1);
    }

    @Test
    void only_people_who_may_see_the_concern_can_message_about_it() {
        String reference = raiseAndReceive("Yara", "Private");
        assertThatThrownBy(() -> concerns.sendMessage(DemoUser.TEACHER_AT_ANOTHER_SCHOOL.currentUser(), reference, "Hello"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.reply(DemoUser.TEACHER.currentUser(), contactId(reference), "Hello"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(concerns.sendMessage(DemoUser.TEACHER.currentUser(), reference, "x".repeat(2001)))
                .extracting(error -> error.message()).containsExactly("Your message must be 2000 characters or fewer");
    }

    private String raiseAndReceive(String first, String last) {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete(first, last));
        eventually("the contact reaches the inbox", WAIT, () -> timeline(reference).contains(TimelineStatus.RECEIVED));
        return reference;
    }

    private UUID contactId(String reference) {
        return jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
    }

    private List<String> inboxRecord(UUID contact) {
        return jdbc.sql("SELECT what FROM duty_contact_event WHERE contact_id = ? ORDER BY id").param(contact)
                .query(String.class).list();
    }

    private List<TimelineStatus> timeline(String reference) {
        return concerns.lookup(DemoUser.TEACHER.currentUser(), reference).orElseThrow().timeline().stream()
                .map(TimelineEntry::status).toList();
    }


}
