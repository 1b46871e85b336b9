package uk.frontdoor.employer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.employer.EmployerRegistration;
import uk.frontdoor.employer.EmployerService;
import uk.frontdoor.employer.PledgeVersion;
import uk.frontdoor.employer.RegistrationChecks;
import uk.frontdoor.employer.RegistrationForm;
import uk.frontdoor.employer.RegistrationStatus;
import uk.frontdoor.employer.RegistrationToCheck;
import uk.frontdoor.messaging.ContractViolation;
import uk.frontdoor.messaging.Contracts;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;

/**
 * An employer registers as Fostering Friendly; the registration reaches the leaving care team through the routes,
 * and the team's answer comes back the same way.
 */
class EmployerRegistrationTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired EmployerService employers;
    @Autowired RegistrationChecks checks;
    @Autowired Contracts contracts;
    @Autowired JdbcClient jdbc;

    @Test
    void an_employer_registers_after_correcting_the_form_and_sees_it_waiting_for_the_councils_check() {
        int before = version();
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerRegistrationView.class);
        String told = "Told at induction " + UUID.randomUUID();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        EmployerForms.fillIn(new RegistrationForm("", "", null, "Emma Employer", "emma at potteries", "call me",
                "45", null, "no", "", Integer.toString(tomorrow.getDayOfMonth()),
                Integer.toString(tomorrow.getMonthValue()), Integer.toString(tomorrow.getYear())));
        EmployerForms.save();
        assertThat(errors()).containsExactly("Enter your organisation's name", "Enter your organisation's address",
                "Select how many staff your organisation has",
                "Enter an email address in the correct format, like name@example.com",
                "Enter a phone number, like 01782 235100 or 07700 900 982",
                "Paid leave days must be a whole number between 0 and 30",
                "Select yes if staff who foster can work flexibly",
                "Tell us how your staff are told about fostering",
                "The date you adopted the pledge must be today or in the past");
        assertThat(version()).as("nothing saved").isEqualTo(before);

        EmployerForms.fillIn(EmployerForms.valid("5", told));
        EmployerForms.save();

        assertThat(errors()).isEmpty();
        EmployerRegistration saved = employers.registration(DemoUser.EMPLOYER.currentUser()).orElseThrow();
        assertThat(saved.version()).isEqualTo(before + 1);
        assertThat(saved.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(employers.pledgeHistory(DemoUser.EMPLOYER.currentUser()).getFirst().howStaffAreTold()).isEqualTo(told);
        assertThat(pageText()).contains("Waiting for the council's check", "Version " + (before + 1), told);
        eventually("the council receives it", WAIT, () ->
                employers.registration(DemoUser.EMPLOYER.currentUser()).orElseThrow().receivedAt() != null);
        assertThat(checks.waiting(DemoUser.LEAVING_CARE.currentUser()))
                .anyMatch(waiting -> waiting.organisationId().equals(DemoUser.EMPLOYER.organisation)
                        && waiting.version() == before + 1 && waiting.howStaffAreTold().equals(told));
    }

    @Test
    void editing_the_pledge_adds_a_version_and_keeps_every_earlier_one() {
        employers.register(DemoUser.EMPLOYER.currentUser(), EmployerForms.valid("5", "In the staff handbook"));
        int first = version();
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerRegistrationView.class);
        assertThat(EmployerForms.text(RegistrationForm.PAID_LEAVE).getValue()).as("the form shows the latest").isEqualTo("5");

        Type.into(EmployerForms.text(RegistrationForm.PAID_LEAVE), "20");
        Type.into(_get(TextArea.class, spec -> spec.withId(RegistrationForm.HOW_TOLD)),
                "In the staff handbook and a lunchtime talk each year");
        EmployerForms.save();

        assertThat(errors()).isEmpty();
        var history = employers.pledgeHistory(DemoUser.EMPLOYER.currentUser());
        assertThat(history.get(0).version()).isEqualTo(first + 1);
        assertThat(history.get(0).paidLeaveDays()).isEqualTo(20);
        assertThat(history.get(1).version()).isEqualTo(first);
        assertThat(history.get(1).paidLeaveDays()).as("the earlier version is unchanged").isEqualTo(5);
        assertThat(history.get(1).howStaffAreTold()).isEqualTo("In the staff handbook");
        assertThat(history).extracting(PledgeVersion::version).startsWith(first + 1, first);
        assertThat(pageText()).contains("Pledge history", "Version " + (first + 1), "20 days", "Version " + first, "5 days",
                "Waiting for the council's check");
    }

    @Test
    void the_leaving_care_team_returns_a_registration_with_a_reason_then_approves_the_corrected_one() {
        employers.register(DemoUser.EMPLOYER.currentUser(), EmployerForms.valid("2", "Not yet"));
        RegistrationToCheck first = arrived(version());

        signInAs(DemoUser.LEAVING_CARE);
        UI.getCurrent().navigate(RegistrationChecksView.class);
        assertThat(pageText()).contains("Potteries Logistics Ltd (version " + first.version() + ")", "Not yet");
        _click(_get(Button.class, spec -> spec.withId("return-" + first.id())));
        assertThat(errors()).containsExactly("Tell the employer why you are returning their registration");
        String reason = "Please say how your staff are told about fostering " + UUID.randomUUID();
        Type.into(_get(TextArea.class, spec -> spec.withId(RegistrationChecks.REASON + "-" + first.id())), reason);
        _click(_get(Button.class, spec -> spec.withId("return-" + first.id())));
        assertThat(errors()).isEmpty();
        assertThat(checks.waiting(DemoUser.LEAVING_CARE.currentUser())).noneMatch(waiting -> waiting.id().equals(first.id()));
        assertThat(audited("EMPLOYER_REGISTRATION_RETURNED", first.version())).isEqualTo(1);

        eventually("the employer hears it was returned", WAIT, () -> status() == RegistrationStatus.RETURNED);
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerRegistrationView.class);
        assertThat(pageText()).contains("Returned: " + reason);

        Type.into(_get(TextArea.class, spec -> spec.withId(RegistrationForm.HOW_TOLD)), "At induction and on the intranet");
        EmployerForms.save();
        assertThat(pageText()).contains("Waiting for the council's check");
        RegistrationToCheck second = arrived(version());

        signInAs(DemoUser.LEAVING_CARE);
        UI.getCurrent().navigate(RegistrationChecksView.class);
        _click(_get(Button.class, spec -> spec.withId("approve-" + second.id())));
        assertThat(errors()).isEmpty();
        assertThat(audited("EMPLOYER_REGISTRATION_APPROVED", second.version())).isEqualTo(1);

        eventually("the employer hears it was approved", WAIT, () -> status() == RegistrationStatus.APPROVED);
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerRegistrationView.class);
        assertThat(pageText()).contains("Approved: your organisation is a registered Fostering Friendly employer")
                .doesNotContain(reason);
    }

    @Test
    void a_returned_acknowledgement_without_a_reason_breaks_its_contract() {
        String returned = """
                {"contract":"employer-acknowledgement.v1","messageId":"m-1","organisationId":"employer-potteries",
                 "version":1,"status":"returned","occurredAt":"2026-11-22T10:00:00Z"}""";
        assertThatThrownBy(() -> contracts.check(returned, "employer-acknowledgement.v1"))
                .isInstanceOf(ContractViolation.class);
        contracts.check(returned.replace("\"status\"", "\"reason\":\"Missing details\",\"status\""),
                "employer-acknowledgement.v1");
    }

    private RegistrationToCheck arrived(int version) {
        eventually("the leaving care team has version " + version, WAIT, () -> waitingVersion(version) != null);
        return waitingVersion(version);
    }

    private RegistrationToCheck waitingVersion(int version) {
        return checks.waiting(DemoUser.LEAVING_CARE.currentUser()).stream()
                .filter(waiting -> waiting.organisationId().equals(DemoUser.EMPLOYER.organisation)
                        && waiting.version() == version)
                .findFirst().orElse(null);
    }

    private int audited(String action, int version) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND subject = ? AND actor = ?")
                .params(action, "employer-registration " + DemoUser.EMPLOYER.organisation + " v" + version,
                        DemoUser.LEAVING_CARE.subject)
                .query(Integer.class).single();
    }

    private int version() {
        return employers.registration(DemoUser.EMPLOYER.currentUser()).map(EmployerRegistration::version).orElse(0);
    }

    private RegistrationStatus status() {
        return employers.registration(DemoUser.EMPLOYER.currentUser()).orElseThrow().status();
    }
}
