package uk.frontdoor.council.duty.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** Opening a contact shows earlier contacts about the same child; the duty worker confirms or sets them aside. */
class EarlierContactsTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired JdbcClient jdbc;

    @Test
    void opening_a_contact_shows_the_earlier_contact_and_not_the_same_child_takes_it_away() {
        String earlier = raise(DemoUser.TEACHER, "Jon", "Whitfield", "18", "6", "2010", "ST10 1AA");
        String opened = raise(DemoUser.GP, "John", "Whitfield", "18", "6", "2010", "ST10 1AA");

        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(DutyContactView.class, idOf(opened).toString());

        assertThat(_get(Section.class, spec -> spec.withId("earlier-contacts")).getChildren().findFirst().orElseThrow())
                .isInstanceOfSatisfying(H2.class, heading ->
                        assertThat(heading.getText()).isEqualTo("Earlier contacts about this child (last 12 months)"));
        assertThat(list()).contains("1 earlier contact about this child in the 12 months before this one.",
                earlier, "Jon Whitfield", "Springfield Primary School", "2A",
                "Same date of birth and postcode, names alike allowing a nickname", "Not confirmed yet",
                "Not decided yet");
        Button reject = _get(Button.class, spec -> spec.withId("reject-" + earlier));
        assertThat(reject.getElement().getTextRecursively()).isEqualTo("Not the same child " + earlier);
        assertThat(reject.getClassNames()).contains("fd-button--secondary");

        _click(reject);

        assertThat(list()).contains("No earlier contacts found").doesNotContain(earlier);
        assertThat(_get(Section.class, spec -> spec.withId("earlier-contacts")).getElement().getTextRecursively())
                .contains(earlier + " is no longer shown as about this child.");
        UI.getCurrent().navigate(DutyContactView.class, idOf(opened).toString());
        assertThat(list()).as("after a reload too").contains("No earlier contacts found").doesNotContain(earlier);
    }

    @Test
    void confirming_an_earlier_contact_shows_it_as_the_same_child() {
        String earlier = raise(DemoUser.TEACHER_AT_ANOTHER_SCHOOL, "Elizabeth", "Nowak", "2", "9", "2012", "ST9 9QQ");
        String opened = raise(DemoUser.TEACHER, "Lizzie", "Nowak", "2", "9", "2012", "ST9 9QQ");

        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(DutyContactView.class, idOf(opened).toString());
        assertThat(list()).contains(earlier, "Hanley Park Academy", "Not confirmed yet");

        _click(_get(Button.class, spec -> spec.withId("confirm-" + earlier)));

        assertThat(list()).contains(earlier, "Confirmed by a duty worker").doesNotContain("Not confirmed yet");
        assertThat(_find(Button.class, spec -> spec.withId("confirm-" + earlier))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("reject-" + earlier))).hasSize(1);
    }

    private String raise(DemoUser who, String firstName, String lastName, String day, String month, String year,
            String postcode) {
        ConcernAnswers answers = Answers.complete(firstName, lastName);
        answers.setDateOfBirth(new ConcernAnswers.DateAnswer(day, month, year));
        answers.setPostcode(postcode);
        answers.setNhsNumber(null);
        String reference = Concerns.raise(drafts, concerns, who, answers);
        eventually("the duty inbox has " + reference, WAIT, () -> idOf(reference) != null);
        return reference;
    }

    private UUID idOf(String reference) {
        return jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference)
                .query(UUID.class).optional().orElse(null);
    }

    private static String list() {
        return _get(Div.class, spec -> spec.withId("earlier-contacts-list")).getElement().getTextRecursively();
    }
}
