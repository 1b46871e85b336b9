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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.partner.concern.TimelineEntry;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyContact;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.InboxFilter;
import uk.frontdoor.council.duty.Priority;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;

/** Triage, claiming and deciding within a working day; managers sign off closures; the referrer hears back. */
class DutyDecisionTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyInbox inbox;
    @Autowired DutyDecisions decisions;
    @Autowired JdbcClient jdbc;

    @Test
    void no_further_action_waits_for_a_managers_sign_off_then_the_teacher_hears_it_stayed_a_contact() {
        String reference = raiseAndReceive("Nina", "Closed");
        signInAs(DemoUser.DUTY);
        openContact(reference);
        DecisionInTheView.decide(ContactOutcome.NFA, "21", LevelOfNeed.UNIVERSAL, "Spoke to the school nurse: a one-off, needs met at school.");
        assertThat(pageText()).contains("Waiting for a duty manager's sign-off");
        assertThat(timeline(reference)).doesNotContain(TimelineStatus.DECISION);

        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(SignOffView.class);
        _click(_get(Button.class, spec -> spec.withId("agree-" + reference)));
        assertThat(pageText()).doesNotContain(reference);

        eventually("the decision reaches the teacher's timeline", WAIT, () -> timeline(reference).contains(TimelineStatus.DECISION));
        TimelineEntry decision = decisionEntry(reference);
        assertThat(decision.detail()).contains("No further action", "stayed a contact", "01782 235100")
                .doesNotContain("Nina").doesNotContain("Closed");
    }

    @Test
    void a_manager_returns_a_decision_with_a_comment_and_the_worker_decides_again() {
        String reference = raiseAndReceive("Omar", "Returned");
        UUID id = contactId(reference);
        decisions.decide(DemoUser.DUTY.currentUser(), id, new DecisionForm(ContactOutcome.ADVICE, Set.of("16A"), 2, "Advice given."));

        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(SignOffView.class);
        _click(_get(Button.class, spec -> spec.withId("return-" + reference)));
        assertThat(errors()).containsExactly("Say why you are returning the decision");
        Type.into(_get(TextArea.class, spec -> spec.withId("comment-" + reference)), "Neglect over weeks: consider early help.");
        _click(_get(Button.class, spec -> spec.withId("return-" + reference)));

        assertThat(decisions.decisionsOn(DemoUser.DUTY.currentUser(), id).getFirst().reviewComment())
                .isEqualTo("Neglect over weeks: consider early help.");
        assertThatThrownBy(() -> decisions.decisionsOn(DemoUser.TEACHER.currentUser(), id))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(decisions.decide(DemoUser.DUTY.currentUser(), id,
                new DecisionForm(ContactOutcome.EARLY_HELP, Set.of("16A"), 2, "Early help offer to the family."))).isEmpty();
        eventually("early help reaches the teacher", WAIT, () -> timeline(reference).contains(TimelineStatus.DECISION));
        assertThat(decisionEntry(reference).detail()).contains("Early help");

        // The teacher sees what was decided and what it means, never the duty side's notes.
        signInAs(DemoUser.TEACHER);
        Views.open("ConcernTimelineView", reference);
        assertThat(pageText()).contains("ChAD has decided", "Early help")
                .doesNotContain("Early help offer to the family.", "Neglect over weeks", "Advice given.");
    }

    @Test
    void a_child_in_need_assessment_is_final_at_once_and_the_teacher_is_told_it_became_a_referral() {
        String reference = raiseAndReceive("Pia", "Referred");
        assertThat(decisions.decide(DemoUser.DUTY.currentUser(), contactId(reference),
                new DecisionForm(ContactOutcome.CIN_ASSESSMENT, Set.of("16A", "4B"), 3, "Needs assessment."))).isEmpty();
        eventually("the decision reaches the teacher", WAIT, () -> timeline(reference).contains(TimelineStatus.DECISION));
        assertThat(decisionEntry(reference).detail()).contains("became a referral", "45 working days");
        assertThat(inbox.list(DemoUser.DUTY.currentUser(), InboxFilter.DECIDED, null))
                .extracting(DutyContact::reference).contains(reference);
    }

    @Test
    void a_decision_needs_an_outcome_factors_a_level_and_a_rationale() {
        String reference = raiseAndReceive("Quin", "Empty");
        signInAs(DemoUser.DUTY);
        openContact(reference);
        _click(_get(Button.class, spec -> spec.withId("record-decision")));
        assertThat(errors()).containsExactly("Select the outcome",
                "Select the factors identified, or 'No factors identified'", "Select the level of need",
                "Explain the decision: the rationale cannot be left empty");
        assertThat(decisions.decide(DemoUser.DUTY.currentUser(), contactId(reference),
                new DecisionForm(ContactOutcome.NFA, Set.of("21"), 1, "   "))).extracting(error -> error.message())
                .containsExactly("Explain the decision: the rationale cannot be left empty");
    }

    @Test
    void nobody_signs_off_their_own_decision_and_a_duty_worker_cannot_sign_off_at_all() {
        String reference = raiseAndReceive("Rae", "Own");
        UUID id = contactId(reference);
        decisions.decide(DemoUser.MANAGER.currentUser(), id, new DecisionForm(ContactOutcome.NFA, Set.of("21"), 1, "Nothing to do."));
        UUID decision = decisions.decisionsOn(DemoUser.MANAGER.currentUser(), id).getFirst().id();
        assertThatThrownBy(() -> decisions.review(DemoUser.MANAGER.currentUser(), decision, true, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.review(DemoUser.DUTY.currentUser(), decision, true, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.awaitingSignOff(DemoUser.DUTY.currentUser()))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(SignOffView.class);
        assertThat(_find(Button.class, spec -> spec.withId("agree-" + reference))).isEmpty();
        assertThat(pageText()).contains("This is your own decision");
    }

    @Test
    void a_worker_claims_assigns_and_prioritises_and_every_step_is_on_the_record() {
        String reference = raiseAndReceive("Sol", "Triage");
        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(DutyInboxView.class); // the manager is now a colleague the portal knows
        signInAs(DemoUser.DUTY);
        openContact(reference);
        _click(_get(Button.class, spec -> spec.withId("claim")));
        assertThat(inbox.list(DemoUser.DUTY.currentUser(), InboxFilter.MINE, null)).extracting(DutyContact::reference).contains(reference);

        _click(_get(Button.class, spec -> spec.withId("save-priority")));
        assertThat(errors()).containsExactly("Select a priority", "Give the reason for the priority");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Priority> priority = _get(RadioButtonGroup.class, spec -> spec.withId("priority"));
        Type.into(priority, Priority.RED);
        Type.into(_get(TextArea.class, spec -> spec.withId("priority-reason")), "Bruising to a baby: same-day visit.");
        _click(_get(Button.class, spec -> spec.withId("save-priority")));
        assertThat(inbox.list(DemoUser.DUTY.currentUser(), InboxFilter.URGENT, null)).extracting(DutyContact::reference).contains(reference);

        @SuppressWarnings("unchecked")
        Select<uk.frontdoor.council.duty.DutyWorker> colleague = _get(Select.class, spec -> spec.withId("assign-to"));
        Type.into(colleague, colleague.getListDataView().getItems().filter(worker -> worker.subject().equals("manager")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("assign")));
        assertThat(inbox.list(DemoUser.MANAGER.currentUser(), InboxFilter.MINE, null)).extracting(DutyContact::reference).contains(reference);

        assertThat(inbox.history(DemoUser.DUTY.currentUser(), contactId(reference)))
                .extracting(event -> event.by() + ": " + event.what())
                .containsExactly("Dee Duty: Opened", "Dee Duty: Claimed",
                        "Dee Duty: Priority Red: act now: Bruising to a baby: same-day visit.",
                        "Dee Duty: Assigned to Max Manager");
    }

    @Test
    void the_inbox_shows_each_contacts_deadline_and_filters_by_source() {
        String fromSchool = raiseAndReceive("Tia", "Deadline");
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyInboxView.class, QueryParameters.simple(java.util.Map.of("filter", "open", "source", "2A")));
        String text = pageText();
        assertThat(text).contains(fromSchool).containsPattern("(Due|Due today|Overdue) \\d{1,2} \\w+ 20\\d\\d at");
        UI.getCurrent().navigate(DutyInboxView.class, QueryParameters.simple(java.util.Map.of("filter", "open", "source", "3A")));
        assertThat(pageText()).doesNotContain(fromSchool);
        DutyContact contact = inbox.list(DemoUser.DUTY.currentUser(), InboxFilter.OPEN, "2A").stream()
                .filter(each -> each.reference().equals(fromSchool)).findFirst().orElseThrow();
        assertThat(contact.decisionDueAt()).isAfter(contact.receivedAt());
    }

    private String raiseAndReceive(String first, String last) {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete(first, last));
        eventually("the contact reaches the inbox", WAIT, () -> timeline(reference).contains(TimelineStatus.RECEIVED));
        return reference;
    }

    private UUID contactId(String reference) {
        return jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
    }

    private void openContact(String reference) {
        UI.getCurrent().navigate(DutyContactView.class, contactId(reference).toString());
    }

    private List<TimelineStatus> timeline(String reference) {
        return concerns.lookup(DemoUser.TEACHER.currentUser(), reference).orElseThrow().timeline().stream()
                .map(TimelineEntry::status).toList();
    }

    private TimelineEntry decisionEntry(String reference) {
        return concerns.lookup(DemoUser.TEACHER.currentUser(), reference).orElseThrow().timeline().stream()
                .filter(entry -> entry.status() == TimelineStatus.DECISION).findFirst().orElseThrow();
    }


}
