package uk.frontdoor.partner.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import uk.frontdoor.news.HowToTell;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.NewsForm;
import uk.frontdoor.testsupport.NotifyReceipts;
import uk.frontdoor.testsupport.StandInNotify;
import uk.frontdoor.testsupport.TestMailServer;
import uk.frontdoor.testsupport.UiTest;
import uk.frontdoor.testsupport.Views;

/** A foster carer chooses on "Your placements" to be told of news; an update then sends the reference and a link only. */
class CarerNewsTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;

    /** The suite shares one portal: no choice and none of these updates are left for other tests. */
    @AfterEach
    void noChoiceLeft() {
        jdbc.sql("DELETE FROM news_choice WHERE audience = 'carer' AND holder = 'carer'").update();
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
        assertThat(jdbc.sql("SELECT mobile FROM news_choice WHERE audience = 'carer' AND holder = 'carer'").query(String.class)
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
        NewsForm.choose(HowToTell.TEXT_MESSAGE, "0161 496 0000");
        assertThat(errors()).containsExactly("Enter a UK mobile number, like 07700 900982");
        assertThat(jdbc.sql("SELECT count(*) FROM news_choice WHERE audience = 'carer' AND holder = 'carer'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void saving_without_a_choice_says_what_to_do() {
        signInAs(DemoUser.CARER);
        UI.getCurrent().navigate(Views.named("MyPlacementsView"));
        NewsForm.saveAsItIs();
        assertThat(errors()).containsExactly("Select how to tell you there is news");
        assertThat(NewsForm.saved()).isEmpty();
    }

    @Test
    void notifys_receipt_for_a_carers_text_message_is_recorded_once() throws Exception {
        choose(HowToTell.TEXT_MESSAGE, "07700 900982");
        Instant before = Instant.now();
        jms.convertAndSend("portal.placement-updates", update("carer-news-" + UUID.randomUUID()));
        eventually("the text message is on its way", WAIT, () -> !NotifyReceipts.sentSince(jdbc, "carer", before)
                .isEmpty());
        NotifyReceipts.deliveredOnce(port, NOTIFY_CALLBACK_TOKEN, jdbc,
                NotifyReceipts.sentSince(jdbc, "carer", before).getFirst());
    }

    private void choose(HowToTell choice, String mobile) {
        signInAs(DemoUser.CARER);
        UI.getCurrent().navigate(Views.named("MyPlacementsView"));
        NewsForm.choose(choice, mobile);
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
