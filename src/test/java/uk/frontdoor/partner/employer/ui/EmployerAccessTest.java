package uk.frontdoor.partner.employer.ui;

import uk.frontdoor.testsupport.Views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.partner.employer.EmployerService;
import uk.frontdoor.council.leavingcare.RegistrationChecks;
import uk.frontdoor.council.leavingcare.RegistrationToCheck;
import uk.frontdoor.shell.HomeAction;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** Least privilege: each employer sees only its own registration; only the leaving care team checks them. */
class EmployerAccessTest extends UiTest {

    @Autowired EmployerService employers;
    @Autowired RegistrationChecks checks;

    @Test
    void a_second_employer_never_sees_the_first_ones_registration_or_pledge_history() {
        String told = "Potteries only " + UUID.randomUUID();
        assertThat(employers.register(DemoUser.EMPLOYER.currentUser(), EmployerForms.valid("5", told))).isEmpty();

        var elsewhere = DemoUser.EMPLOYER_ELSEWHERE.currentUser();
        employers.registration(elsewhere).ifPresent(registration ->
                assertThat(registration.organisationId()).isEqualTo("employer-hanley-bakery"));
        assertThat(employers.pledgeHistory(elsewhere)).noneMatch(pledge -> pledge.howStaffAreTold().equals(told));
        signInAs(DemoUser.EMPLOYER_ELSEWHERE);
        UI.getCurrent().navigate(EmployerRegistrationView.class);
        assertThat(pageText()).doesNotContain(told).doesNotContain("Potteries Logistics");

        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerRegistrationView.class);
        assertThat(pageText()).contains(told);
    }

    @Test
    void a_teacher_cannot_open_employer_pages() {
        signInAs(DemoUser.TEACHER);
        assertRefused(() -> UI.getCurrent().navigate(EmployerRegistrationView.class));
        assertRefused(() -> UI.getCurrent().navigate(Views.named("RegistrationChecksView")));
        var teacher = DemoUser.TEACHER.currentUser();
        assertThatThrownBy(() -> employers.registration(teacher)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> employers.pledgeHistory(teacher)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> employers.register(teacher, EmployerForms.valid("5", "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checks.waiting(teacher)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_employer_cannot_review_registrations_and_the_team_does_not_register() {
        employers.register(DemoUser.EMPLOYER_ELSEWHERE.currentUser(), EmployerForms.valid("10", "Bakery staff room"));
        eventually("the bakery's registration arrives", Duration.ofSeconds(20), () ->
                checks.waiting(DemoUser.LEAVING_CARE.currentUser()).stream()
                        .anyMatch(waiting -> waiting.organisationId().equals("employer-hanley-bakery")));
        RegistrationToCheck bakery = checks.waiting(DemoUser.LEAVING_CARE.currentUser()).stream()
                .filter(waiting -> waiting.organisationId().equals("employer-hanley-bakery")).findFirst().orElseThrow();

        signInAs(DemoUser.EMPLOYER);
        assertRefused(() -> UI.getCurrent().navigate(Views.named("RegistrationChecksView")));
        for (DemoUser employer : new DemoUser[] {DemoUser.EMPLOYER, DemoUser.EMPLOYER_ELSEWHERE}) {
            var user = employer.currentUser();
            assertThatThrownBy(() -> checks.waiting(user)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checks.approve(user, bakery.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checks.returnToEmployer(user, bakery.id(), "No"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(checks.find(DemoUser.LEAVING_CARE.currentUser(), bakery.id()).orElseThrow().status())
                .as("still waiting").isEqualTo("WAITING");

        signInAs(DemoUser.LEAVING_CARE);
        assertRefused(() -> UI.getCurrent().navigate(EmployerRegistrationView.class));
        assertThatThrownBy(() -> employers.registration(DemoUser.LEAVING_CARE.currentUser()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_home_page_offers_each_side_only_its_own_action() {
        var actions = context.getBeansOfType(HomeAction.class).values();
        assertThat(actions.stream().filter(action -> action.isFor(DemoUser.EMPLOYER.currentUser())).map(HomeAction::title))
                .contains("Your Fostering Friendly registration").doesNotContain("Employer registrations to check");
        assertThat(actions.stream().filter(action -> action.isFor(DemoUser.LEAVING_CARE.currentUser())).map(HomeAction::title))
                .containsExactlyInAnyOrder("Employer registrations to check", "Employers' offers to review",
                        "Offers for care-experienced young people");
        assertThat(actions.stream().filter(action -> action.isFor(DemoUser.TEACHER.currentUser())).map(HomeAction::title))
                .doesNotContain("Your Fostering Friendly registration", "Employer registrations to check");
    }
}
