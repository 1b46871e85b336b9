package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import jakarta.jms.Message;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.TimelineEntry;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.council.duty.DutyContact;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/** The spine on the real stack: outbox on PostgreSQL, Artemis, the YAML routes, both sides' consumers. */
class RelayTest extends PortalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyInbox inbox;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;
    @Autowired CamelContext camel;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcChannelMessageStore store;

    @Test
    void a_concern_reaches_the_duty_inbox_and_received_then_being_looked_at_come_back_to_the_timeline() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Ava", "Relay"));

        eventually("the duty inbox has the contact", WAIT, () -> inboxEntry(reference) != null);
        DutyContact contact = inboxEntry(reference);
        assertThat(contact.childName()).isEqualTo("Ava Relay");
        assertThat(contact.referralSource()).isEqualTo("2A");
        eventually("the timeline shows received", WAIT, () -> statuses(reference).contains(TimelineStatus.RECEIVED));

        assertThat(inbox.open(DemoUser.DUTY.currentUser(), contact.id())).isPresent();
        eventually("the timeline shows being looked at", WAIT,
                () -> statuses(reference).contains(TimelineStatus.BEING_LOOKED_AT));
        inbox.open(DemoUser.MANAGER.currentUser(), contact.id());

        assertThat(statuses(reference)).containsExactly(
                TimelineStatus.SUBMITTED, TimelineStatus.RECEIVED, TimelineStatus.BEING_LOOKED_AT);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CONTACT_VIEWED' AND subject = ?")
                .param(reference).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_redelivered_contact_makes_one_inbox_entry_and_one_acknowledgement() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.GP, Answers.complete("Ben", "Twice"));
        eventually("the timeline shows received", WAIT, () -> statuses(reference).contains(TimelineStatus.RECEIVED));
        String sent = jdbc.sql("SELECT contact::text FROM duty_contact WHERE reference = ?").param(reference)
                .query(String.class).single();

        NotifyBuilder twoMore = new NotifyBuilder(camel).fromRoute("contact-intake").whenDone(2).create();
        jms.convertAndSend(Queues.DUTY_CONTACTS, sent);
        jms.convertAndSend(Queues.DUTY_CONTACTS, sent);
        assertThat(twoMore.matches(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(statuses(reference)).containsExactly(TimelineStatus.SUBMITTED, TimelineStatus.RECEIVED);
    }

    @Test
    void a_malformed_contact_is_parked_in_the_dead_letter_queue_with_its_reason() {
        String marker = UUID.randomUUID().toString();
        jms.convertAndSend(Queues.DUTY_CONTACTS, "{\"contract\":\"contact.v1\",\"messageId\":\"broken\"}", message -> {
            message.setStringProperty("testMarker", marker);
            return message;
        });

        Message parked = awaitDeadLetter(marker);
        assertThat(reason(parked)).startsWith("ContractViolation: contact.v1:").contains("required");
        assertThat(property(parked, DeadLetterReason.ROUTE)).isEqualTo("contact-intake");
    }

    @Test
    void a_message_that_breaks_its_contract_leaves_the_outbox_for_the_dead_letter_queue_instead_of_blocking_it() {
        String messageId = "bad-ack-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> outbox.send(new OutgoingMessage("acknowledgement-to-partner",
                messageId, "{\"contract\":\"acknowledgement.v1\",\"messageId\":\"" + messageId + "\"}")));

        eventually("the outbox is empty", WAIT, () -> outboxSize() == 0);
        assertThat(parkedReason(messageId)).contains("acknowledgement.v1").contains("required");
    }

    @Test
    void a_concern_reaches_received_though_the_outbox_notifies_nobody() {
        assertThat(jdbc.sql("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'int_channel_message'::regclass "
                + "AND NOT tgisinternal").query(Long.class).single()).as("triggers on the outbox").isZero();

        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Dev", "Quiet"));

        eventually("the timeline shows received", WAIT, () -> statuses(reference).contains(TimelineStatus.RECEIVED));
    }

    @Test
    void a_message_another_instance_wrote_is_relayed_at_the_next_regular_look() {
        // Written straight into the store, as another instance's outbox would be: this instance's relay is not woken.
        String messageId = "other-instance-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> store.addMessageToGroup(OutboxConfiguration.GROUP,
                Outbox.stored(new OutgoingMessage("acknowledgement-to-partner", messageId,
                        "{\"contract\":\"acknowledgement.v1\",\"messageId\":\"" + messageId + "\"}"))));
        assertThat(outboxSize()).isEqualTo(1);

        // The regular look is every 500 ms; a relay that only waited to be woken would leave it there.
        eventually("the outbox is empty", Duration.ofSeconds(3), () -> outboxSize() == 0);
        assertThat(parkedReason(messageId)).contains("acknowledgement.v1");
    }

    private long outboxSize() {
        return jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single();
    }

    /** The reason the dead letter queue gives for the parked message with this id, or null if it is not there. */
    private String parkedReason(String messageId) {
        return jms.browse(Queues.DEAD_LETTERS, (session, browser) -> {
            var messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                Message message = (Message) messages.nextElement();
                if (message.getBody(String.class).contains(messageId)) {
                    return reason(message);
                }
            }
            return null;
        });
    }

    private Message awaitDeadLetter(String marker) {
        return ParkedMessages.awaitDeadLetter(jms, marker);
    }

    private static String reason(Message message) {
        return property(message, DeadLetterReason.REASON);
    }

    private static String property(Message message, String name) {
        return ParkedMessages.property(message, name);
    }

    private DutyContact inboxEntry(String reference) {
        return inbox.newestFirst(DemoUser.DUTY.currentUser()).stream()
                .filter(contact -> contact.reference().equals(reference)).findFirst().orElse(null);
    }

    private List<TimelineStatus> statuses(String reference) {
        return concerns.raisedFrom("school-springfield").stream()
                .filter(concern -> concern.reference().equals(reference))
                .findFirst()
                .or(() -> concerns.raisedFrom("gp-burslem").stream()
                        .filter(concern -> concern.reference().equals(reference)).findFirst())
                .map(concern -> concern.timeline().stream().map(TimelineEntry::status).toList())
                .orElse(List.of());
    }
}
