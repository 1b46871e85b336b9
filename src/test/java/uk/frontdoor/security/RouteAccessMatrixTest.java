package uk.frontdoor.security;

import uk.frontdoor.testsupport.Views;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.shell.CannotOpenPage;
import uk.frontdoor.shell.CannotOpenRecord;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/**
 * Every screen of the portal against every demo person: who may open it is written out here, screen by screen, not
 * read from the views' annotations, so a view that opens to one role too many (or an added view nobody listed) fails.
 * Screens about one record are opened on a record of the allowed person's organisation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessMatrixTest extends UiTest {

    private static final Set<DemoUser> REFERRERS = EnumSet.of(DemoUser.TEACHER, DemoUser.LEAD,
            DemoUser.TEACHER_AT_ANOTHER_SCHOOL, DemoUser.GP);
    private static final Set<DemoUser> DUTY_SERVICE = EnumSet.of(DemoUser.DUTY, DemoUser.MANAGER);
    private static final Set<DemoUser> EMPLOYERS = EnumSet.of(DemoUser.EMPLOYER, DemoUser.EMPLOYER_ELSEWHERE);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired JdbcClient jdbc;
    @Autowired uk.frontdoor.partner.education.MissingEducationNotices missingEducation;

    private final Map<Class<? extends Component>, Screen> screens = new LinkedHashMap<>();

    /** A screen, the people who may open it, and the parameter it is opened with (null for none). */
    private record Screen(Set<DemoUser> allowed, String parameter) {
    }

    @BeforeAll
    void everyScreenAndWhoMayOpenIt() {
        String concern = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Matrix", "Springfield"));
        String contact = Concerns.awaitContact(jdbc, concern).toString();
        String notice = missingEducation.tell(DemoUser.TEACHER.currentUser(), new uk.frontdoor.partner.education
                .MissingEducationForm("Matrix", "Missing", "2015-02-03", null, null, "2026-11-02", "Phoned.", null, "no"))
                .reference();
        uk.frontdoor.testsupport.Concerns.eventually("the officer has the case", java.time.Duration.ofSeconds(20), () ->
                jdbc.sql("SELECT count(*) FROM cme_case WHERE reference = ?").param(notice).query(Long.class).single() == 1);
        String cmeCase = jdbc.sql("SELECT id FROM cme_case WHERE reference = ?").param(notice).query(String.class).single();

        for (var view : List.of(Views.named("RaiseConcernView"), Views.named("ImmediateDangerView"), Views.named("DangerView"), Views.named("ChildView"), Views.named("MoreAboutChildView"),
                Views.named("ParentsView"), Views.named("WorryView"), Views.named("LevelView"), Views.named("NewsView"), Views.named("CheckAnswersView"),
                Views.named("MyConcernsView"), Views.named("AskForAdviceView"), Views.named("ResumeConcernView"),
                Views.named("RequestView"))) {
            screens.put(view, new Screen(REFERRERS, null));
        }
        // a concern raised at Springfield: its teacher and Springfield's lead, not Hanley's teacher nor the GP
        Set<DemoUser> springfield = EnumSet.of(DemoUser.TEACHER, DemoUser.LEAD);
        screens.put(Views.named("ConcernTimelineView"), new Screen(springfield, concern));
        screens.put(Views.named("ConfirmationView"), new Screen(springfield, concern));
        screens.put(Views.named("DisagreeView"), new Screen(springfield, concern));
        screens.put(Views.named("DutyInboxView"), new Screen(DUTY_SERVICE, null));
        screens.put(Views.named("DutyContactView"), new Screen(DUTY_SERVICE, contact));
        screens.put(Views.named("SignOffView"), new Screen(EnumSet.of(DemoUser.MANAGER), null));
        screens.put(Views.named("ChallengesView"), new Screen(EnumSet.of(DemoUser.MANAGER), null));
        screens.put(Views.named("AuditSearchView"), new Screen(EnumSet.of(DemoUser.MANAGER), null));
        screens.put(Views.named("PerformanceView"), new Screen(EnumSet.of(DemoUser.MANAGER), null));
        screens.put(Views.named("OperationsView"), new Screen(EnumSet.of(DemoUser.OPERATOR), null));
        screens.put(Views.named("MyPlacementsView"), new Screen(EnumSet.of(DemoUser.CARER), null));
        screens.put(Views.named("PlacementView"), new Screen(EnumSet.of(DemoUser.CARER), "PL-1001"));
        for (var view : List.of(Views.named("EmployerRegistrationView"), Views.named("CheckRegistrationView"), Views.named("EmployerOffersView"),
                Views.named("EmployerNewsView"))) {
            screens.put(view, new Screen(EMPLOYERS, null));
        }
        for (var view : List.of(Views.named("RegistrationChecksView"), Views.named("OfferReviewsView"), Views.named("PublishedOffersView"))) {
            screens.put(view, new Screen(EnumSet.of(DemoUser.LEAVING_CARE), null));
        }
        Set<DemoUser> schools = EnumSet.of(DemoUser.TEACHER, DemoUser.LEAD, DemoUser.TEACHER_AT_ANOTHER_SCHOOL);
        screens.put(Views.named("MissingEducationView"), new Screen(schools, null));
        screens.put(Views.named("MissingEducationNoticesView"), new Screen(schools, null));
        screens.put(Views.named("MissingEducationNoticeView"), new Screen(springfield, notice));
        screens.put(Views.named("CmeCasesView"), new Screen(EnumSet.of(DemoUser.CME), null));
        screens.put(Views.named("CmeCaseView"), new Screen(EnumSet.of(DemoUser.CME), cmeCase));
        screens.put(Views.named("HomeView"), new Screen(EnumSet.allOf(DemoUser.class), null));
    }

    @Test
    void every_screen_of_the_portal_is_in_the_matrix() {
        var routed = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        routed.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(Route.class));
        List<String> unlisted = new ArrayList<>();
        for (var candidate : routed.findCandidateComponents("uk.frontdoor")) {
            String name = candidate.getBeanClassName();
            if (isTestOnly(name)) {
                continue;
            }
            if (screens.keySet().stream().noneMatch(view -> view.getName().equals(name))) {
                unlisted.add(name);
            }
        }
        assertThat(unlisted).as("screens nobody said who may open").isEmpty();
    }

    @Test
    void each_person_opens_exactly_the_screens_they_may_open() {
        List<String> wrong = new ArrayList<>();
        for (DemoUser person : DemoUser.values()) {
            signInAs(person);
            screens.forEach((view, screen) -> {
                open(view, screen.parameter());
                boolean refused = refused();
                boolean allowed = screen.allowed().contains(person);
                if (allowed == refused) {
                    wrong.add(person + (allowed ? " was refused " : " opened ") + view.getSimpleName());
                }
            });
        }
        assertThat(wrong).as("who opened what they should not, or was refused what they need").isEmpty();
    }

    /** A view the tests add to the portal (to make a page fail, say), not one of the product's screens. */
    private static boolean isTestOnly(String className) {
        var resource = RouteAccessMatrixTest.class.getClassLoader().getResource(className.replace('.', '/') + ".class");
        return resource != null && resource.getPath().contains("/test-classes/");
    }

    private static void open(Class<? extends Component> view, String parameter) {
        if (parameter == null) {
            UI.getCurrent().navigate(view);
        } else {
            navigateWith(view, parameter);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void navigateWith(Class view, String parameter) {
        UI.getCurrent().navigate(view, parameter);
    }

    /** Refused outright, or (for one record) shown as not found: both keep the record from the person. */
    private static boolean refused() {
        Component shown = UI.getCurrent().getCurrentView();
        if (shown instanceof CannotOpenPage || shown instanceof CannotOpenRecord) {
            return true;
        }
        return LocatorJ._find(H1.class).stream().anyMatch(h1 -> h1.getText().equals("Page not found"));
    }
}
