package uk.frontdoor.partner.employer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.partner.employer.ui.OfferForms.WAIT;
import static uk.frontdoor.testsupport.Concerns.eventually;
import static uk.frontdoor.testsupport.NotifyReceipts.receiptFor;

import com.vaadin.flow.component.UI;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.council.leavingcare.OfferReviews;
import uk.frontdoor.news.HowToTell;
import uk.frontdoor.partner.employer.EmployerNews;
import uk.frontdoor.partner.employer.EmployerService;
import uk.frontdoor.partner.employer.OfferService;
import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.partner.employer.RegistrationForm;
import uk.frontdoor.partner.employer.RegistrationStatus;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.NewsForm;
import uk.frontdoor.testsupport.NotifyReceipts;
import uk.frontdoor.testsupport.StandInNotify;
import uk.frontdoor.testsupport.TestMailServer;
import uk.frontdoor.testsupport.UiTest;
import uk.frontdoor.testsupport.Views;

/**
 * An employer chooses how to be told there is news; the council's answer then sends one email or text message with
 * "your Fostering Friendly registration" or "offer" and a link only, and Notify's receipt for it is recorded once.
 */
class EmployerNewsTest extends UiTest {

    /** Planted where the council and the employer write: none of it may travel in a notification. */
    private static final String PLANTED = "Zebedee Quillfeather";
    private static final String ORGANISATION = "employer-potteries";

    @LocalServerPort int port;
    @Autowired EmployerNews news;
    @Autowired EmployerService employers;
    @Autowired OfferService offers;
    @Autowired OfferReviews reviews;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;

    /** The suite shares one portal: no employer's choice is left for other tests. */
    @AfterEach
    void noChoiceLeft() {
        jdbc.sql("DELETE FROM news_choice WHERE audience = 'employer'").update();
    }

    @Test
    void the_choice_page_says_what_is_wrong_in_an_error_summary_and_keeps_nothing_wrong() {
        openAs(DemoUser.EMPLOYER);
        assertThat(NewsForm.offered()).containsExactly(HowToTell.EMAIL, HowToTell.TEXT_MESSAGE, HowToTell.DO_NOT_TELL);
        assertThat(pageText()).contains("How should we tell you there is news?", "Email, to employer@example.org",
                "never a young person's name");

        NewsForm.saveAsItIs();
        assertThat(errors()).containsExactly("Select how to tell you there is news");
        NewsForm.choose(HowToTell.TEXT_MESSAGE, "0161 496 0000");
        assertThat(errors()).containsExactly("Enter a UK mobile number, like 07700 900982");
        assertThat(choices()).isZero();

        NewsForm.choose(HowToTell.TEXT_MESSAGE, "+44 7700 900 123");
        assertThat(errors()).isEmpty();
        assertThat(NewsForm.saved()).isEqualTo("Saved: Text message");
        assertThat(jdbc.sql("SELECT mobile FROM news_choice WHERE audience = 'employer' AND holder = ?")
                .param(ORGANISATION).query(String.class).single()).isEqualTo("07700900123");

        openAs(DemoUser.EMPLOYER);
        assertThat(NewsForm.chosen()).as("shown again as saved").isEqualTo(HowToTell.TEXT_MESSAGE);
        assertThat(NewsForm.mobile()).isEqualTo("07700 900123");
    }

    @Test
    void another_employers_organisation_neither_sees_nor_changes_the_choice_and_other_roles_are_refused() {
        openAs(DemoUser.EMPLOYER);
        NewsForm.choose(HowToTell.EMAIL, null);

        openAs(DemoUser.EMPLOYER_ELSEWHERE);
        assertThat(NewsForm.chosen()).as("the bakery has chosen nothing").isNull();
        assertThat(pageText()).doesNotContain("employer@example.org");
        NewsForm.choose(HowToTell.DO_NOT_TELL, null);
        assertThat(news.choice(DemoUser.EMPLOYER.currentUser()).orElseThrow().how()).isEqualTo(HowToTell.EMAIL);
        assertThat(news.choice(DemoUser.EMPLOYER_ELSEWHERE.currentUser()).orElseThrow().how())
                .isEqualTo(HowToTell.DO_NOT_TELL);

        for (DemoUser other : List.of(DemoUser.TEACHER, DemoUser.CARER, DemoUser.LEAVING_CARE)) {
            signInAs(other);
            assertRefused(other + " on the page", () -> UI.getCurrent().navigate(Views.named("EmployerNewsView")));
            assertThatThrownBy(() -> news.choice(other.currentUser())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> news.choose(other.currentUser(), HowToTell.DO_NOT_TELL, null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // The leaving care team's role signed in for the employer's own organisation is still not the employer.
        assertThatThrownBy(() -> news.choice(DemoUser.LEAVING_CARE_ELSEWHERE.currentUser()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_councils_answer_on_the_registration_emails_once_with_no_personal_data_and_its_receipt_is_recorded_once()
            throws Exception {
        openAs(DemoUser.EMPLOYER);
        NewsForm.choose(HowToTell.EMAIL, null);
        RegistrationForm valid = EmployerForms.valid("5", "Staff handbook " + PLANTED);
        assertThat(employers.register(DemoUser.EMPLOYER.currentUser(), new RegistrationForm(valid.name(),
                valid.address(), valid.staffSize(), PLANTED, valid.contactEmail(), valid.contactPhone(),
                valid.paidLeaveDays(), valid.flexibleWorking(), valid.timeForTraining(), valid.howStaffAreTold(),
                valid.adoptedDay(), valid.adoptedMonth(), valid.adoptedYear()))).isEmpty();
        int version = employers.registration(DemoUser.EMPLOYER.currentUser()).orElseThrow().version();
        Instant before = Instant.now();
        long emailsBefore = emails();

        // The council's answer, redelivered as a broker may: one answer, one notification.
        String answer = """
                {"contract":"employer-acknowledgement.v1","messageId":"employer-ack-news-%s","organisationId":"%s",
                 "version":%d,"status":"returned","reason":"Please ask %s how many days of leave carers get.",
                 "occurredAt":"%s"}""".formatted(UUID.randomUUID(), ORGANISATION, version, PLANTED, Instant.now());
        jms.convertAndSend("portal.employer-acknowledgements", answer);
        jms.convertAndSend("portal.employer-acknowledgements", answer);
        eventually("the answer lands", WAIT, () -> employers.registration(DemoUser.EMPLOYER.currentUser())
                .orElseThrow().status() == RegistrationStatus.RETURNED);
        eventually("the email arrives", WAIT, () -> emails() > emailsBefore);
        Thread.sleep(500);

        assertThat(emails() - emailsBefore).as("once").isEqualTo(1);
        List<String> sent = notificationsSince(before);
        assertThat(sent).as("one notification put on the outbox").hasSize(1);
        MimeMessage email = TestMailServer.received().stream().filter(EmployerNewsTest::aboutTheRegistration)
                .reduce((first, last) -> last).orElseThrow();
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("employer@example.org");
        assertThat(email.getSubject()).isEqualTo("News on your Fostering Friendly registration");
        assertThat(String.valueOf(email.getContent())).contains("/employer/registration")
                .doesNotContain("Zebedee", "Quillfeather", "leave", "returned", "Potteries");

        NotifyReceipts.deliveredOnce(port, NOTIFY_CALLBACK_TOKEN, jdbc, sent.getFirst());
        assertThat(NotifyReceipts.post(port, NOTIFY_CALLBACK_TOKEN, receiptFor("employer-email-" + UUID.randomUUID(),
                "delivered")).statusCode()).as("a notification we never sent").isEqualTo(404);
    }

    @Test
    void a_published_offer_is_texted_once_through_notify_without_its_details_and_received_is_not_news() {
        openAs(DemoUser.EMPLOYER);
        NewsForm.choose(HowToTell.TEXT_MESSAGE, "07700 900123");
        Instant before = Instant.now();
        int requestsBefore = StandInNotify.shared().requests().size();

        String title = OfferForms.title(PLANTED + " warehouse apprenticeship");
        OfferForms.published(offers, reviews, DemoUser.EMPLOYER, OfferForms.valid(OfferType.APPRENTICESHIP, title,
                "Stoke-on-Trent"));
        eventually("Notify is asked to send a text", WAIT, () -> texts(requestsBefore).size() == 1);

        assertThat(notificationsSince(before)).as("published is news; received is not").hasSize(1);
        assertThat(texts(requestsBefore)).singleElement().satisfies(body -> assertThat(body)
                .contains("07700900123", "/employer/offers")
                .doesNotContain("Zebedee", "warehouse", "published", "Potteries"));
    }

    private void openAs(DemoUser employer) {
        signInAs(employer);
        UI.getCurrent().navigate(Views.named("EmployerNewsView"));
    }

    private long choices() {
        return jdbc.sql("SELECT count(*) FROM news_choice WHERE audience = 'employer'").query(Long.class).single();
    }

    private List<String> notificationsSince(Instant since) {
        return NotifyReceipts.sentSince(jdbc, "employer", since);
    }

    private static long emails() {
        return TestMailServer.received().stream().filter(EmployerNewsTest::aboutTheRegistration).count();
    }

    private static boolean aboutTheRegistration(MimeMessage email) {
        try {
            return "News on your Fostering Friendly registration".equals(email.getSubject());
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    private static List<String> texts(int after) {
        return StandInNotify.shared().requests().stream().skip(after)
                .filter(request -> request.path().equals("/v2/notifications/sms") && request.body().contains("/employer/"))
                .map(StandInNotify.Request::body).toList();
    }
}
