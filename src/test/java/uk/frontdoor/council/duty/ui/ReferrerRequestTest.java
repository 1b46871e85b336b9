package uk.frontdoor.council.duty.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.performance.PerformanceInformation;
import uk.frontdoor.council.performance.PerformanceReport;
import uk.frontdoor.council.performance.ReportingPeriod;
import uk.frontdoor.council.performance.Share;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.TimelineEntry;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/**
 * What the referrer would like to happen travels with the contact: the duty worker reads it (and the child's words)
 * first, the decision tells the referrer whether it gives what they asked, and the dashboard counts how often it did.
 */
class ReferrerRequestTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired PerformanceInformation performance;
    @Autowired JdbcClient jdbc;

    @Test
    void the_duty_worker_reads_the_request_first_and_the_teacher_hears_the_decision_gives_it() {
        ReportingPeriod period = ReportingPeriod.lastFourWeeks(LocalDate.now());
        Share before = springfield(performance.report(DemoUser.MANAGER.currentUser(), period));
        ConcernAnswers answers = Answers.complete("Nia", "Asked");
        answers.setChildsVoice("I want my mum to get help.");
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, answers);
        UUID contact = Concerns.awaitContact(jdbc, reference);

        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyContactView.class, contact.toString());
        String page = pageText();
        assertThat(page).contains("What the referrer would like to happen", "Support for the family",
                "I want my mum to get help.");
        assertThat(page.indexOf("Support for the family")).as("before the child's details")
                .isLessThan(page.indexOf("Date of birth"));

        assertThat(decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.EARLY_HELP, Set.of("16A"), 2, "Early help offer to the family."))).isEmpty();
        eventually("the decision reaches the teacher", WAIT, () -> decision(reference) != null);
        assertThat(decision(reference)).startsWith("Early help. You asked for support for the family: this decision gives it.");

        Share after = springfield(performance.report(DemoUser.MANAGER.currentUser(), period));
        assertThat(after.of()).isEqualTo(before.of() + 1);
        assertThat(after.count()).isEqualTo(before.count() + 1);
    }

    @Test
    void a_decision_that_is_not_what_was_asked_says_so_and_counts_as_not_given() {
        ReportingPeriod period = ReportingPeriod.lastFourWeeks(LocalDate.now());
        Share before = springfield(performance.report(DemoUser.MANAGER.currentUser(), period));
        ConcernAnswers answers = Answers.complete("Rio", "Asked");
        answers.setRequest("social-worker-visit");
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, answers);
        UUID contact = Concerns.awaitContact(jdbc, reference);

        assertThat(decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.EARLY_HELP, Set.of("16A"), 2, "Early help is enough."))).isEmpty();
        eventually("the decision reaches the teacher", WAIT, () -> decision(reference) != null);
        assertThat(decision(reference)).contains("You asked for a social worker to visit: ChAD decided differently.");

        Share after = springfield(performance.report(DemoUser.MANAGER.currentUser(), period));
        assertThat(after.of()).isEqualTo(before.of() + 1);
        assertThat(after.count()).isEqualTo(before.count());
    }

    @Test
    void something_else_in_their_own_words_is_shown_as_written_and_not_counted() {
        ConcernAnswers answers = Answers.complete("Lou", "Asked");
        answers.setRequest("something-else");
        answers.setRequestDetail("A meeting with the family and the school nurse");
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, answers);
        UUID contact = Concerns.awaitContact(jdbc, reference);

        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyContactView.class, contact.toString());
        assertThat(pageText()).contains("A meeting with the family and the school nurse");

        decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.EARLY_HELP, Set.of("16A"), 2, "Early help offer to the family."));
        eventually("the decision reaches the teacher", WAIT, () -> decision(reference) != null);
        assertThat(decision(reference)).doesNotContain("You asked for");
        assertThat(jdbc.sql("SELECT count(*) FROM duty_contact WHERE id = ? AND answers_request IS NOT NULL")
                .param(contact).query(Long.class).single()).as("not counted either way").isZero();
    }

    private String decision(String reference) {
        return concerns.lookup(DemoUser.TEACHER.currentUser(), reference).orElseThrow().timeline().stream()
                .filter(entry -> entry.status() == TimelineStatus.DECISION).map(TimelineEntry::detail)
                .findFirst().orElse(null);
    }

    /** Springfield's "given what they asked for", none yet before its first contact in the period. */
    private static Share springfield(PerformanceReport report) {
        return report.partners().stream().filter(partner -> partner.organisation().equals("Springfield Primary School"))
                .findFirst().map(PerformanceReport.Partner::givenWhatTheyAsked).orElse(new Share(0, 0));
    }
}
