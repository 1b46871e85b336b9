package uk.frontdoor.partner.fostering;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import uk.frontdoor.partner.concern.HowToTell;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.StandInNotify;
import uk.frontdoor.testsupport.TestMailServer;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;
import uk.frontdoor.testsupport.Views;

/** A foster carer chooses on "Your placements" to be told of news; an update then sends the reference and a link only. */
class CarerNewsTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;

    /** The suite shares one portal: no choice and none of these updates are left for other tests. */
    @AfterEach
    void noChoiceLeft() {
        jdbc.sql("DELETE FROM carer_news_choice WHERE carer_subject = 'carer'").update();
        eventuallyQuiet();
        jdbc.sql("DELETE FROM placement_update WHERE message_id LIKE 'carer-news-%'").update();
    }

    /** Updates still on the queue land before they are removed. */
    private void eventuallyQuiet() {
        eventually("the updates sent have landed", WAIT, () -> jms.browse("portal.placement-updates",
                (session, browser) -> !browser.getEnumeration().hasMoreElements()));
    }

    @Test
    void a_carer_who_chose_email_is_emailed_the_reference_and_a_link_once_for_an_update() throws Exception {
        choose(HowToTell.EMAIL, null);
        assertThat(pageText()).contains("Saved: Email");
        long before = emails();
        String update = update("carer-news-" + UUID.randomUUID());
        jms.convertAndSend("portal.placement-updates", update);
        jms.convertAndSend("portal.placement-updates", update);

        eventually("the email arrives", WAIT, () -> emails() > before);
        Thread.sleep(500);
        assertThat(emails() - before).as("once").isEqualTo(1);
        MimeMessage email = TestMailServer.received().stream()
                .filter(message -> subject(message).equals("News on placement PL-1001")).reduce((a, b) -> b).orElseThrow();
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("carer@example.org");
        assertThat(email.getSubject()).isEqualTo("News on placement PL-1001");
        assertThat(body(email)).contains("PL-1001", "/placement/PL-1001")
                .doesNotContain("Jade", "visit", "Priya");
    }

    @Test
    void a_carer_who_chose_text_messages_is_texted_through_notify_and_nobody_else_is_told() {
        choose(HowToTell.TEXT_MESSAGE, "07700 900982");
        assertThat(jdbc.sql("SELECT mobile FROM carer_news_choice WHERE carer_subject = 'carer'").query(String.class)
                .single()).isEqualTo("07700900982");
        int before = StandInNotify.shared().requests().size();
        jms.convertAndSend("portal.placement-updates", update("carer-news-" + UUID.randomUUID()));
        eventually("Notify is asked to send a text", WAIT, () -> StandInNotify.shared().requests().stream()
                .skip(before).anyMatch(request -> request.path().contains("sms") && request.body().contains("PL-1001")));
        assertThat(StandInNotify.shared().requests().stream().skip(before).filter(request -> request.path().contains("sms"))
                .map(StandInNotify.Request::body)).allSatisfy(body -> assertThat(body).doesNotContain("Jade", "visit"));
    }

    @Test
    void a_text_message_needs_a_uk_mobile_number() {
        signInAs(DemoUser.CARER);
        UI.getCurrent().navigate(Views.named("MyPlacementsView"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<HowToTell> how = _get(RadioButtonGroup.class, spec -> spec.withId(CarerNews.HOW));
        Type.into(how, HowToTell.TEXT_MESSAGE);
        Type.into(_get(TextField.class, spec -> spec.withId(CarerNews.MOBILE)), "0161 496 0000");
        _click(_get(Button.class, spec -> spec.withId("save-carer-news")));
        assertThat(errors()).containsExactly("Enter a UK mobile number, like 07700 900982");
        assertThat(jdbc.sql("SELECT count(*) FROM carer_news_choice WHERE carer_subject = 'carer'").query(Long.class)
                .single()).isZero();
    }

    private void choose(HowToTell choice, String mobile) {
        signInAs(DemoUser.CARER);
        UI.getCurrent().navigate(Views.named("MyPlacementsView"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<HowToTell> how = _get(RadioButtonGroup.class, spec -> spec.withId(CarerNews.HOW));
        Type.into(how, choice);
        if (mobile != null) {
            Type.into(_get(TextField.class, spec -> spec.withId(CarerNews.MOBILE)), mobile);
        }
        _click(_get(Button.class, spec -> spec.withId("save-carer-news")));
    }

    private static String update(String messageId) {
        return """
                {"contract":"placement-update.v1","messageId":"%s","placement":"PL-1001","kind":"visit-planned",
                 "title":"Social worker visit planned","text":"Priya will visit Jade at home on 9 December at 5pm.",
                 "sentBy":"Priya Shah","sentAt":"%s"}""".formatted(messageId, Instant.now());
    }

    private static long emails() {
        return TestMailServer.received().stream().filter(message -> subject(message).equals("News on placement PL-1001"))
                .count();
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
