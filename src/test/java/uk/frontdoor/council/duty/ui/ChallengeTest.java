package uk.frontdoor.council.duty.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.council.duty.Challenges;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.performance.PerformanceInformation;
import uk.frontdoor.council.performance.ReportingPeriod;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.TimelineEntry;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;
import uk.frontdoor.testsupport.Views;

/**
 * Resolving professional differences: a teacher who thinks a decision is wrong says why; it reaches the duty
 * managers through the routes with the date it must be answered by; a manager who did not make the decision answers
 * it, and the answer lands on the teacher's timeline.
 */
class ChallengeTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired Challenges challenges;
    @Autowired PerformanceInformation performance;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.jms.core.JmsTemplate jms;

    @Test
    void a_teacher_disagrees_and_a_duty_manager_answers_that_the_decision_stands() {
        String reference = decided(DemoUser.DUTY, "Cara");

        signInAs(DemoUser.TEACHER);
        Views.open("ConcernTimelineView", reference);
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("concern/disagree/" + reference);
        Views.open("DisagreeView", reference);
        _click(_get(Button.class, spec -> spec.withId("send-challenge")));
        assertThat(errors()).containsExactly("Tell ChAD why you disagree with the decision");
        Type.into(ConcernService.CHALLENGE_REASON, "The family refused early help twice; a social worker should see them.");
        _click(_get(Button.class, spec -> spec.withId("send-challenge")));
        assertThat(errors()).isEmpty();
        assertThat(statuses(reference)).contains(TimelineStatus.CHALLENGE_SENT);
        assertThat(concerns.challenge(DemoUser.TEACHER.currentUser(), reference, "Again.")).extracting(e -> e.message())
                .as("once for each decision").containsExactly("You can disagree once ChAD has decided, and once for each decision");
        eventually("ChAD has the challenge", WAIT, () -> statuses(reference).contains(TimelineStatus.CHALLENGE_RECEIVED));

        Challenges.Challenge open = challenges.open(DemoUser.MANAGER.currentUser()).stream()
                .filter(challenge -> challenge.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(open.answerBy()).isAfter(open.receivedAt().plus(Duration.ofDays(5)));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CHALLENGES_LISTED' AND shown LIKE ?")
                .param("%" + reference + "%").query(Long.class).single()).as("the list is audited").isPositive();
        assertThatThrownBy(() -> challenges.answer(DemoUser.DUTY.currentUser(), open.id(), Challenges.STANDS, "No."))
                .as("a duty social worker does not answer challenges").isInstanceOf(AccessDeniedException.class);
        long waitingBefore = performance.report(DemoUser.MANAGER.currentUser(),
                ReportingPeriod.lastFourWeeks(LocalDate.now())).challenges().open();

        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(ChallengesView.class);
        assertThat(pageText()).contains(reference, "The family refused early help twice");
        _click(_get(Button.class, spec -> spec.withId("answer-" + reference)));
        assertThat(errors()).containsExactly("Select whether the decision stands or ChAD will reconsider it",
                "Give the referrer your reasons");
        Type.into(radios(reference), Challenges.STANDS);
        Type.into(Challenges.REASONS + "-" + reference, "The early help worker met the family this week and they agreed a plan.");
        _click(_get(Button.class, spec -> spec.withId("answer-" + reference)));
        assertThat(pageText()).doesNotContain(reference);

        eventually("the answer reaches the teacher", WAIT, () -> statuses(reference).contains(TimelineStatus.CHALLENGE_ANSWERED));
        assertThat(entry(reference, TimelineStatus.CHALLENGE_ANSWERED).detail())
                .isEqualTo("The decision stands. The early help worker met the family this week and they agreed a plan.");
        assertThat(performance.report(DemoUser.MANAGER.currentUser(), ReportingPeriod.lastFourWeeks(LocalDate.now()))
                .challenges().open()).isEqualTo(waitingBefore - 1);
    }

    @Test
    void nobody_answers_a_challenge_to_a_decision_they_made() {
        String reference = decided(DemoUser.MANAGER, "Dov");
        assertThat(concerns.challenge(DemoUser.TEACHER.currentUser(), reference, "I disagree.")).isEmpty();
        eventually("ChAD has the challenge", WAIT, () -> statuses(reference).contains(TimelineStatus.CHALLENGE_RECEIVED));
        UUID contact = Concerns.awaitContact(jdbc, reference);
        Challenges.Challenge open = challenges.openOn(DemoUser.MANAGER.currentUser(), contact).orElseThrow();

        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(DutyContactView.class, contact.toString());
        assertThat(pageText()).contains("The referrer disagrees with the decision",
                "A duty manager who did not make or sign off the decision answers this challenge.");
        assertThat(_find(Button.class, spec -> spec.withId("answer-" + reference))).isEmpty();
        assertThatThrownBy(() -> challenges.answer(DemoUser.MANAGER.currentUser(), open.id(), Challenges.STANDS, "Fine."))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reconsidered_decision_opens_the_contact_for_a_new_one_and_the_referrer_hears_of_it() {
        String reference = decided(DemoUser.DUTY, "Eli");
        concerns.challenge(DemoUser.TEACHER.currentUser(), reference, "Things are worse than the contact said.");
        UUID contact = Concerns.awaitContact(jdbc, reference);
        eventually("ChAD has the challenge", WAIT, () -> challenges.openOn(DemoUser.MANAGER.currentUser(), contact).isPresent());
        Challenges.Challenge open = challenges.openOn(DemoUser.MANAGER.currentUser(), contact).orElseThrow();

        assertThat(challenges.answer(DemoUser.MANAGER.currentUser(), open.id(), Challenges.RECONSIDERED,
                "You are right: we will look again today.")).isEmpty();
        assertThat(jdbc.sql("SELECT decided_at IS NULL FROM duty_contact WHERE id = ?").param(contact)
                .query(Boolean.class).single()).as("open for a new decision").isTrue();
        eventually("the answer reaches the teacher", WAIT, () -> statuses(reference).contains(TimelineStatus.CHALLENGE_ANSWERED));
        assertThat(entry(reference, TimelineStatus.CHALLENGE_ANSWERED).detail())
                .startsWith("ChAD will reconsider its decision and tell you the new one.");
        assertThat(decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.CIN_ASSESSMENT, Set.of("16A"), 3, "Assessment after the challenge."))).isEmpty();
        eventually("the new decision reaches the teacher", WAIT, () -> statuses(reference).stream()
                .filter(status -> status == TimelineStatus.DECISION).count() == 2);
    }

    @Test
    void a_challenge_delivered_twice_is_one_challenge_and_one_acknowledgement() {
        String reference = decided(DemoUser.DUTY, "Fay");
        UUID contact = Concerns.awaitContact(jdbc, reference);
        String challenge = """
                {"contract":"challenge.v1","messageId":"challenge-twice-%s","reference":"%s","reason":"Twice.",
                 "challengedBy":{"name":"Tess Teacher","organisationName":"Springfield Primary School"},
                 "sentAt":"2026-11-23T09:15:00Z"}""".formatted(UUID.randomUUID(), reference);
        jms.convertAndSend("duty.challenges", challenge);
        jms.convertAndSend("duty.challenges", challenge);
        eventually("ChAD has the challenge", WAIT, () -> statuses(reference).contains(TimelineStatus.CHALLENGE_RECEIVED));
        eventually("the queue is drained", WAIT, () -> jms.browse("duty.challenges", (session, browser) ->
                !browser.getEnumeration().hasMoreElements()));
        assertThat(jdbc.sql("SELECT count(*) FROM duty_challenge WHERE contact_id = ?").param(contact)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(statuses(reference).stream().filter(status -> status == TimelineStatus.CHALLENGE_RECEIVED).count())
                .isEqualTo(1);
    }

    /** A concern from the teacher, decided as early help by {@code decider}, the decision on the timeline. */
    private String decided(DemoUser decider, String firstName) {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete(firstName, "Challenge"));
        UUID contact = Concerns.awaitContact(jdbc, reference);
        assertThat(decisions.decide(decider.currentUser(), contact,
                new DecisionForm(ContactOutcome.EARLY_HELP, Set.of("16A"), 2, "Early help offer to the family."))).isEmpty();
        eventually("the decision reaches the teacher", WAIT, () -> statuses(reference).contains(TimelineStatus.DECISION));
        return reference;
    }

    private List<TimelineStatus> statuses(String reference) {
        return concerns.lookup(DemoUser.TEACHER.currentUser(), reference).orElseThrow().timeline().stream()
                .map(TimelineEntry::status).toList();
    }

    private TimelineEntry entry(String reference, TimelineStatus status) {
        return concerns.lookup(DemoUser.TEACHER.currentUser(), reference).orElseThrow().timeline().stream()
                .filter(entry -> entry.status() == status).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radios(String reference) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(Challenges.ANSWER + "-" + reference));
    }
}
