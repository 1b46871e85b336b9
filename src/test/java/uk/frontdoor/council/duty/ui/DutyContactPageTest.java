package uk.frontdoor.council.duty.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.UUID;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.partner.concern.TimelineEntry;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** The duty worker's page about one contact: what the referrer saw, in words, and who holds it once decided. */
class DutyContactPageTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired JdbcClient jdbc;

    @Test
    void the_contact_shows_what_the_referrer_chose_in_words_not_the_codes_it_travelled_in() {
        ConcernAnswers answers = Answers.complete("Petra", "Words");
        answers.setParentsKnow("no");
        answers.setParentsAgree(null);
        answers.setNotToldReason("unjustified-delay");
        answers.setNotToldExplanation("Mum is away until next week and the child is hungry now.");
        String reference = raiseAndReceive(answers);
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyContactView.class, contactId(reference).toString());

        assertThat(pageText())
                .contains("Petra Words", "12 May 2016", "10 November 2026", "Neglect (16A)", "Level 2: Additional needs",
                        "Telling them first would cause unjustified delay", "Teacher")
                .doesNotContain("2016-05-12", "2026-11-10", "unjustified-delay", "TEACHER");
        assertThat(pageText()).as("the child's name is a row of the child's details, not only the heading")
                .containsPattern("Name\\s*Petra Words");
    }

    @Test
    void what_must_not_be_shared_with_the_family_comes_first_and_the_rest_of_the_fuller_picture_in_words() {
        ConcernAnswers answers = Answers.complete("Rosa", "Picture");
        answers.setNotToBeShared("Do not tell the family that the school made this contact.");
        answers.setGender("b");
        answers.setEthnicity("MWBC");
        answers.setInterpreterNeeded("no");
        answers.setGpPractice("Hartshill Surgery");
        String reference = raiseAndReceive(answers);
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyContactView.class, contactId(reference).toString());

        var warning = com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("not-to-be-shared"));
        assertThat(warning.getClassNames()).contains("fd-warning-panel");
        assertThat(warning.getElement().getTextRecursively()).contains("Must not be shared with the family",
                "Do not tell the family that the school made this contact.");
        assertThat(warning.getParent().orElseThrow().getElement().indexOfChild(warning.getElement()))
                .as("right under the heading and when it arrived").isEqualTo(2);
        assertThat(pageText()).contains("More about the child", "Female", "Mixed: White and Black Caribbean (MWBC)",
                "Hartshill Surgery").containsPattern("Interpreter needed\\s*No")
                .doesNotContain("First language", "Disability", "Parental responsibility");
    }

    @Test
    void the_people_in_the_household_show_one_a_row_and_an_older_contacts_free_text_still_shows() {
        ConcernAnswers answers = Answers.complete("Nia", "Household");
        answers.setHouseholdMembers(List.of(
                new uk.frontdoor.partner.concern.HouseholdMember("Jo Household", "Mother", "yes", "yes"),
                new uk.frontdoor.partner.concern.HouseholdMember("Sam Household", "Father", "no", "yes")));
        String reference = raiseAndReceive(answers);
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyContactView.class, contactId(reference).toString());
        assertThat(pageText()).contains("More about the child")
                .containsPattern("Household, person 1\\s*Jo Household, Mother\\. Lives with the child\\. "
                        + "Has parental responsibility\\.")
                .containsPattern("Household, person 2\\s*Sam Household, Father\\. Does not live with the child\\. "
                        + "Has parental responsibility\\.")
                .doesNotContain("Household, person 3", "Who lives with the child");

        ConcernAnswers older = Answers.complete("Ola", "Older");
        older.setHousehold("Mother and two brothers");
        older.setParentalResponsibility("Mother only");
        String olderReference = raiseAndReceive(older);
        UI.getCurrent().navigate(DutyContactView.class, contactId(olderReference).toString());
        assertThat(pageText()).containsPattern("Who lives with the child\\s*Mother and two brothers")
                .containsPattern("Parental responsibility\\s*Mother only").doesNotContain("Household, person");
    }

    @Test
    void a_contact_with_nothing_more_about_the_child_shows_no_such_section() {
        String reference = raiseAndReceive(Answers.complete("Sam", "Plain"));
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyContactView.class, contactId(reference).toString());
        assertThat(pageText()).doesNotContain("More about the child", "Must not be shared with the family");
    }

    @Test
    void recording_a_decision_on_a_contact_nobody_claimed_claims_it_for_the_decider() {
        String reference = raiseAndReceive(Answers.complete("Quinn", "Unclaimed"));
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyContactView.class, contactId(reference).toString());
        assertThat(pageText()).contains("Nobody has claimed this contact yet.",
                "Recording a decision claims this contact for you.");

        DecisionInTheView.decide(ContactOutcome.CIN_ASSESSMENT, "16A", LevelOfNeed.MULTIPLE, "Hungry every day: assess the family's needs.");

        assertThat(pageText()).doesNotContain("Nobody has claimed this contact yet.")
                .contains("Held by " + DemoUser.DUTY.currentUser().name());
        assertThat(jdbc.sql("SELECT what FROM duty_contact_event WHERE contact_id = ? ORDER BY occurred_at, id")
                .param(contactId(reference)).query(String.class).list())
                .as("the record says it was claimed before it was decided")
                .containsSubsequence("Claimed", "Decided: " + ContactOutcome.CIN_ASSESSMENT.title());
    }

    private String raiseAndReceive(ConcernAnswers answers) {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, answers);
        eventually("the contact reaches the inbox", WAIT, () -> concerns.lookup(DemoUser.TEACHER.currentUser(), reference)
                .orElseThrow().timeline().stream().map(TimelineEntry::status).anyMatch(TimelineStatus.RECEIVED::equals));
        return reference;
    }

    private UUID contactId(String reference) {
        return jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
    }
}
