package uk.frontdoor.council.duty.ui;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** The duty social worker's inbox fills live, and opening a contact tells the referrer at once. */
class DutyInboxTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;

    @Test
    void a_new_urgent_contact_appears_in_the_open_inbox_without_a_reload_newest_first() {
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyInboxView.class);
        String older = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Older", "Contact"));
        eventually("the open inbox shows the older contact", WAIT, () -> {
            roundTrip();
            return !items(older).isEmpty();
        });
        ConcernAnswers acute = Answers.complete("Hana", "Urgent");
        acute.setLevelOfNeed("4");
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, acute);

        eventually("the open inbox shows the contact", WAIT, () -> {
            roundTrip();
            return !items(reference).isEmpty();
        });
        Div item = items(reference).getFirst();
        assertThat(item.getElement().getTextRecursively()).contains("Urgent", "New", "Springfield Primary School");
        Div first = _find(Div.class, spec -> spec.withClasses("fd-inbox__item")).getFirst();
        assertThat(first.getElement().getTextRecursively()).contains(reference);
    }

    @Test
    void opening_a_contact_shows_what_the_teacher_sent_and_their_timeline_says_being_looked_at() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Ivy", "Opened"));
        signInAs(DemoUser.TEACHER);
        Views.open("ConcernTimelineView", reference);
        eventually("received shows on the teacher's open timeline", WAIT, () -> {
            roundTrip();
            return timelineShown().contains("Received by ChAD");
        });

        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyInboxView.class);
        eventually("the inbox shows the contact", WAIT, () -> {
            UI.getCurrent().navigate(DutyInboxView.class);
            return !items(reference).isEmpty();
        });
        UI.getCurrent().navigate(_get(items(reference).getFirst(), RouterLink.class).getHref());
        assertThat(_get(H1.class).getText()).isEqualTo(reference + ": Ivy Opened");
        assertThat(UI.getCurrent().getChildren().map(c -> c.getElement().getTextRecursively()).findFirst().orElseThrow())
                .contains("Came to school hungry every day this week", "Springfield Primary School", "2A");

        signInAs(DemoUser.TEACHER);
        Views.open("ConcernTimelineView", reference);
        eventually("being looked at shows on the teacher's timeline", WAIT, () -> {
            roundTrip();
            return timelineShown().contains("A social worker is looking at it");
        });
    }

    private static java.util.List<Div> items(String reference) {
        return _find(Div.class, spec -> spec.withClasses("fd-inbox__item")).stream()
                .filter(item -> item.getElement().getTextRecursively().contains(reference))
                .toList();
    }
}
