package uk.frontdoor.partner.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.testsupport.Actuator;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;
import uk.frontdoor.testsupport.TestMailServer;

/** A referrer who asked to be emailed hears there is news, through a real SMTP server, with no personal data. */
class ReferrerEmailTest extends PortalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void the_decision_email_carries_only_the_reference_and_a_link() throws Exception {
        ConcernAnswers answers = Answers.complete("Uma", "Emailed");
        answers.setHowToTell("email");
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, answers);
        UUID contact = Concerns.awaitContact(jdbc, reference);
        decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.STRATEGY_S47, Set.of("18C"), 4, "Injury explained inconsistently."));

        eventually("the email arrives", WAIT, () -> emailsAbout(reference) == 1);
        MimeMessage email = TestMailServer.received().stream()
                .filter(message -> subject(message).contains(reference)).findFirst().orElseThrow();
        String body = ((String) email.getContent());
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("teacher@example.org");
        assertThat(email.getFrom()[0].toString()).isEqualTo("no-reply@frontdoor.invalid");
        assertThat(subject(email)).isEqualTo("Update on your concern " + reference);
        assertThat(body).contains(reference, "/concerns/" + reference)
                .doesNotContain("Uma", "Emailed", "Station Road", "ST4", "943", "Strategy", "section 47", "Injury",
                        "hungry", "Springfield");
    }

    @Test
    void nobody_is_emailed_who_did_not_ask() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.GP, Answers.complete("Vic", "Quiet"));
        UUID contact = Concerns.awaitContact(jdbc, reference);
        decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.EARLY_HELP, Set.of("16A"), 2, "Early help."));
        eventually("the decision lands", WAIT, () -> concerns.lookup(DemoUser.GP.currentUser(), reference).orElseThrow()
                .timeline().stream().anyMatch(entry -> entry.status() == TimelineStatus.DECISION));
        assertThat(emailsAbout(reference)).isZero();
    }

    @Test
    void while_the_mail_server_is_down_the_email_waits_without_holding_up_contacts_and_is_sent_once_it_returns()
            throws Exception {
        ConcernAnswers answers = Answers.complete("Wren", "Waiting");
        answers.setHowToTell("email");
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, answers);
        UUID contact = Concerns.awaitContact(jdbc, reference);
        TestMailServer.down();
        try {
            decisions.decide(DemoUser.DUTY.currentUser(), contact,
                    new DecisionForm(ContactOutcome.EARLY_HELP, Set.of("16A"), 2, "Early help."));
            eventually("the portal sees the mail server is down", WAIT,
                    () -> Actuator.health(port).contains(Actuator.component("notifications", "DOWN")));
            String meanwhile = Concerns.raise(drafts, concerns, DemoUser.GP, Answers.complete("Xan", "Meanwhile"));
            Concerns.awaitContact(jdbc, meanwhile);
            assertThat(emailsAbout(reference)).isZero();
        } finally {
            TestMailServer.up();
        }
        eventually("the email arrives", WAIT, () -> emailsAbout(reference) == 1);
        Thread.sleep(500);
        assertThat(emailsAbout(reference)).as("once").isEqualTo(1);
        eventually("the mail server shows as up again", WAIT,
                () -> Actuator.health(port).contains(Actuator.component("notifications", "UP")));
    }


    private static long emailsAbout(String reference) {
        return TestMailServer.received().stream().filter(message -> subject(message).contains(reference)).count();
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
