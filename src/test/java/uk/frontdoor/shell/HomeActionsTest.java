package uk.frontdoor.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/**
 * The home page offers each person exactly what they may do, written out here person by person: a council side's
 * role signed in for another organisation is offered nothing of that side's, and every link offered opens.
 */
class HomeActionsTest extends UiTest {

    private static final Set<String> REFERRER = Set.of("Raise a concern about a child", "Ask ChAD for advice",
            "My concerns");
    private static final Set<String> SCHOOL = Set.of("Raise a concern about a child", "Ask ChAD for advice",
            "My concerns", "Tell the council a pupil is missing education",
            "Pupils missing education you told the council about");
    private static final Set<String> EMPLOYER = Set.of("Your Fostering Friendly registration",
            "Your offers for care-experienced young people", "How we tell you there is news");
    private static final Set<String> NOTHING = Set.of();

    private static final Map<DemoUser, Set<String>> OFFERED = new EnumMap<>(Map.ofEntries(
            Map.entry(DemoUser.TEACHER, SCHOOL),
            Map.entry(DemoUser.LEAD, SCHOOL),
            Map.entry(DemoUser.TEACHER_AT_ANOTHER_SCHOOL, SCHOOL),
            Map.entry(DemoUser.GP, REFERRER),
            Map.entry(DemoUser.EMPLOYER, EMPLOYER),
            Map.entry(DemoUser.EMPLOYER_ELSEWHERE, EMPLOYER),
            Map.entry(DemoUser.CARER, Set.of("Your placements")),
            Map.entry(DemoUser.DUTY, Set.of("Duty inbox")),
            Map.entry(DemoUser.MANAGER, Set.of("Duty inbox", "Decisions to sign off", "Challenges to decisions", "Audit record",
                    "Performance and inspection data")),
            Map.entry(DemoUser.LEAVING_CARE, Set.of("Employer registrations to check", "Employers' offers to review",
                    "Offers for care-experienced young people")),
            Map.entry(DemoUser.OPERATOR, Set.of("Message flows")),
            Map.entry(DemoUser.CME, Set.of("Children missing education")),
            Map.entry(DemoUser.DUTY_ELSEWHERE, NOTHING),
            Map.entry(DemoUser.MANAGER_ELSEWHERE, NOTHING),
            Map.entry(DemoUser.LEAVING_CARE_ELSEWHERE, NOTHING),
            Map.entry(DemoUser.CARER_ELSEWHERE, NOTHING),
            Map.entry(DemoUser.CME_ELSEWHERE, NOTHING),
            Map.entry(DemoUser.OPERATOR_ELSEWHERE, NOTHING)));

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A referrer with an unsent draft is offered one more link (RaiseConcernTest covers it). */
    @org.junit.jupiter.api.BeforeEach
    void noUnsentDrafts() {
        jdbc.sql("DELETE FROM concern_draft").update();
    }

    @Test
    void every_person_is_in_the_table() {
        assertThat(OFFERED.keySet()).containsExactlyInAnyOrder(DemoUser.values());
    }

    @Test
    void each_person_is_offered_exactly_their_actions_and_each_opens() {
        List<String> wrong = new ArrayList<>();
        for (DemoUser person : DemoUser.values()) {
            signInAs(person);
            UI.getCurrent().navigate(HomeView.class);
            List<RouterLink> links = _find(RouterLink.class).stream()
                    .filter(link -> link.hasClassName("fd-action__link")).toList();
            Set<String> offered = Set.copyOf(links.stream().map(RouterLink::getText).toList());
            if (!offered.equals(OFFERED.get(person))) {
                wrong.add(person + " was offered " + offered);
            }
            if (offered.isEmpty() && !pageText().contains("There is nothing for your role here yet.")) {
                wrong.add(person + " was not told there is nothing here");
            }
            for (RouterLink link : links) {
                UI.getCurrent().navigate(link.getHref());
                Component shown = UI.getCurrent().getCurrentView();
                if (shown instanceof CannotOpenPage || shown instanceof CannotOpenRecord) {
                    wrong.add(person + " was refused " + link.getText());
                }
                UI.getCurrent().navigate(HomeView.class);
            }
        }
        assertThat(wrong).as("what the home page offered that it should not, or left out").isEmpty();
    }
}
