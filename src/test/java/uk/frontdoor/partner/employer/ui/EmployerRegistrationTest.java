package uk.frontdoor.partner.employer.ui;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.employer.EmployerRegistration;
import uk.frontdoor.partner.employer.EmployerService;
import uk.frontdoor.partner.employer.PledgeVersion;
import uk.frontdoor.council.leavingcare.RegistrationChecks;
import uk.frontdoor.partner.employer.RegistrationForm;
import uk.frontdoor.partner.employer.RegistrationStatus;
import uk.frontdoor.council.leavingcare.RegistrationToCheck;
import uk.frontdoor.messaging.ContractViolation;
import uk.frontdoor.messaging.Contracts;
import uk.frontdoor.shell.Dates;
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
        EmployerForms.continueOn();
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
        EmployerForms.continueOn();
        assertThat(errors()).isEmpty();
        assertThat(heading()).isEqualTo("Check your answers before sending");
        assertThat(version()).as("nothing sent before the answers are checked").isEqualTo(before);
        EmployerForms.send();

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
    void check_your_answers_shows_every_answer_and_change_goes_back_to_the_form_with_every_answer_kept() {
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerRegistrationView.class);
        String told = "At induction " + UUID.randomUUID();
        RegistrationForm answers = EmployerForms.valid("1", told);
        EmployerForms.fillIn(answers);
        EmployerForms.continueOn();
        int before = version();

        assertThat(heading()).isEqualTo("Check your answers before sending");
        assertThat(answersShown()).containsExactly("Organisation name: Potteries Logistics Ltd",
                "Address: 1 Etruria Road, Stoke-on-Trent ST1 5NH", "Number of staff: 50 to 249",
                "Contact name: Emma Employer", "Contact email address: emma@potteries.example",
                "Contact phone number: 01782 555 100", "Paid leave a year: 1 day", "Flexible working: Yes",
                "Time for training and settling a child: Yes", "How staff are told about fostering: " + told,
                "Date adopted: " + Dates.day(answers.adoptedOn()));
        assertThat(changeLinks()).extracting(link -> link.getElement().getTextRecursively()).containsExactly(
                "Change organisation name", "Change address", "Change number of staff", "Change contact name",
                "Change contact email address", "Change contact phone number", "Change paid leave a year",
                "Change flexible working", "Change time for training and settling a child",
                "Change how staff are told about fostering", "Change date adopted");
        assertThat(changeLinks().getFirst().getHref()).isEqualTo("employer/registration?change=employer-name");
        assertThat(pageText()).contains("By sending this you confirm that these details are correct");

        follow(changeLinks().getFirst());
        assertThat(heading()).isEqualTo("Your Fostering Friendly registration");
        assertThat(EmployerForms.shown()).as("every answer kept").isEqualTo(answers);
        _get(Paragraph.class, spec -> spec.withId("unsent-answers"));

        EmployerForms.continueOn();
        String changed = told + " and a talk each year";
        follow(changeLinks().stream().filter(link -> link.getHref().endsWith(RegistrationForm.HOW_TOLD))
                .findFirst().orElseThrow());
        Type.into(_get(TextArea.class, spec -> spec.withId(RegistrationForm.HOW_TOLD)), changed);
        EmployerForms.continueOn();
        assertThat(answersShown()).contains("Organisation name: Potteries Logistics Ltd",
                "Paid leave a year: 1 day", "How staff are told about fostering: " + changed);
        assertThat(version()).as("nothing sent yet").isEqualTo(before);

        EmployerForms.send();
        assertThat(heading()).isEqualTo("Your Fostering Friendly registration");
        assertThat(version()).isEqualTo(before + 1);
        assertThat(employers.pledgeHistory(DemoUser.EMPLOYER.currentUser()).getFirst().howStaffAreTold()).isEqualTo(changed);
        assertThat(pageText()).contains("Waiting for the council's check");
        assertThat(_find(Paragraph.class, spec -> spec.withId("unsent-answers"))).as("all sent").isEmpty();
    }

    @Test
    void a_double_tap_on_send_registration_sends_it_once() {
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerRegistrationView.class);
        String told = "On the intranet " + UUID.randomUUID();
        EmployerForms.fillIn(EmployerForms.valid("3", told));
        EmployerForms.continueOn();
        int before = version();
        Button send = _get(Button.class, spec -> spec.withId("send-registration"));
        assertThat(send.isDisableOnClick()).isTrue();

        _click(send);
        // The same click reaching the server again (a slow network, a retried request), then the page opened again.
        ComponentUtil.fireEvent(send, new ClickEvent<>(send));
        UI.getCurrent().navigate(CheckRegistrationView.class);

        assertThat(heading()).as("nothing left to send").isEqualTo("Your Fostering Friendly registration");
        assertThat(version()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM fostering_friendly_pledge WHERE how_staff_are_told = ?").param(told)
                .query(Integer.class).single()).as("one version, one message").isEqualTo(1);
        eventually("the council receives it", WAIT, () -> waitingWith(told) == 1);
        assertThat(waitingWith(told)).isEqualTo(1);
    }

    @Test
    void answers_with_problems_are_kept_but_never_reach_check_your_answers() {
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerRegistrationView.class);
        int before = version();
        RegistrationForm wrong = EmployerForms.valid("31", "In the staff handbook " + UUID.randomUUID());
        EmployerForms.fillIn(wrong);
        EmployerForms.continueOn();
        assertThat(errors()).containsExactly("Paid leave days must be a whole number between 0 and 30");

        UI.getCurrent().navigate(CheckRegistrationView.class);

        assertThat(heading()).isEqualTo("Your Fostering Friendly registration");
        assertThat(errors()).containsExactly("Paid leave days must be a whole number between 0 and 30");
        assertThat(EmployerForms.shown()).isEqualTo(wrong);
        assertThat(version()).isEqualTo(before);
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
        EmployerForms.continueAndSend();

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
        UI.getCurrent().navigate(Views.named("RegistrationChecksView"));
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
        EmployerForms.continueAndSend();
        assertThat(pageText()).contains("Waiting for the council's check");
        RegistrationToCheck second = arrived(version());

        signInAs(DemoUser.LEAVING_CARE);
        UI.getCurrent().navigate(Views.named("RegistrationChecksView"));
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

    private static String heading() {
        return _get(H1.class).getText();
    }

    /** Each row of check your answers as "label: value". */
    private static List<String> answersShown() {
        return _find(DescriptionList.class, spec -> spec.withClasses("fd-summary-list")).stream()
                .flatMap(list -> {
                    List<String> labels = list.getChildren().filter(DescriptionList.Term.class::isInstance)
                            .map(term -> term.getElement().getText()).toList();
                    List<String> values = list.getChildren().filter(DescriptionList.Description.class::isInstance)
                            .map(value -> value.getElement().getChild(0).getTextRecursively()).toList();
                    return java.util.stream.IntStream.range(0, labels.size())
                            .mapToObj(row -> labels.get(row) + ": " + values.get(row));
                }).toList();
    }

    private static List<Anchor> changeLinks() {
        return _find(Anchor.class, spec -> spec.withClasses("fd-summary-list__change"));
    }

    /** What the browser's router does with a link. */
    private static void follow(Anchor link) {
        String[] href = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], href.length == 1 ? QueryParameters.empty() : QueryParameters.fromString(href[1]));
    }

    private long waitingWith(String told) {
        return checks.waiting(DemoUser.LEAVING_CARE.currentUser()).stream()
                .filter(waiting -> waiting.howStaffAreTold().equals(told)).count();
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
