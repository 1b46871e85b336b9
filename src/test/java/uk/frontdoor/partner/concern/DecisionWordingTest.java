package uk.frontdoor.partner.concern;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.shell.Conversation;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** ChAD's decision in plain words, said to whoever reads the timeline, with its number to tap. */
class DecisionWordingTest extends UiTest {

    private static final String DECISION = """
            {"contract":"decision.v1","messageId":"wording-%s","reference":"%s","outcome":"%s",
             "outcomeText":"%s","becameReferral":%s,"whatHappensNext":"%s",
             "contactPoint":"ChAD on 01782 235100 (Mon-Thu 08:30-17:00)","decidedAt":"2026-11-20T10:00:00Z"}""";

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired AcknowledgementIntake intake;

    @Test
    void a_contact_that_stayed_a_contact_is_said_plainly_to_the_teacher_and_to_their_safeguarding_lead_by_name() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Ola", "Nowak"));
        assertThat(intake.receiveDecision(DECISION.formatted(reference, reference, "nfa", "No further action", false,
                "ChAD will not contact the family."))).isTrue();

        signInAs(DemoUser.TEACHER);
        Views.open("ConcernTimelineView", reference);
        assertThat(timelineShown()).contains("No further action. ChAD did not need to start a social work assessment, "
                        + "so your concern stayed a contact and did not become a referral. ChAD will not contact the family.")
                .doesNotContain("Your contact");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).as("who to call, tap to call")
                .contains("tel:01782235100");
        assertThat(_find(_get(Conversation.class), Anchor.class).stream().map(Anchor::getHref))
                .as("the message box's \"call 999\"").containsExactly("tel:999");

        signInAs(DemoUser.LEAD);
        Views.open("ConcernTimelineView", reference);
        assertThat(timelineShown()).contains("so Tess Teacher's concern stayed a contact").doesNotContain("your concern");

        // The school's own system, through the partner API, reads it without anyone's name.
        assertThat(concerns.raisedFrom(DemoUser.TEACHER.currentUser().organisationId()).stream()
                .filter(concern -> concern.reference().equals(reference)).findFirst().orElseThrow().timeline())
                .extracting(TimelineEntry::detail).anyMatch(detail -> detail != null
                        && detail.contains("so the concern stayed a contact") && !detail.contains("Tess Teacher"));
    }

    @Test
    void a_referral_says_children_s_social_care_will_act_on_it() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.GP, Answers.complete("Kai", "Lee"));
        intake.receiveDecision(DECISION.formatted(reference, reference, "s17", "Child in need assessment", true,
                "A social worker will assess within 45 working days."));

        signInAs(DemoUser.GP);
        Views.open("ConcernTimelineView", reference);
        assertThat(timelineShown()).contains("ChAD has passed your concern to children's social care to act on: "
                + "it became a referral. A social worker will assess within 45 working days.");
    }
}
