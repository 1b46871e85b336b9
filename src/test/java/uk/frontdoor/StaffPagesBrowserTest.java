package uk.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.concern.ConcernDrafts;
import uk.frontdoor.concern.ConcernService;
import uk.frontdoor.duty.ContactOutcome;
import uk.frontdoor.duty.DecisionForm;
import uk.frontdoor.duty.DutyDecisions;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PhoneBrowser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The pages staff, carers and employers use, on a phone, each checked by axe-core against WCAG 2.2 AA and for
 * sideways scrolling: the duty inbox and a contact with its triage, decision and messages; a manager's sign-off
 * queue and the audit record; a foster carer's placement; an employer's registration with its error summary.
 */
class StaffPagesBrowserTest extends PortalTest {

    @LocalServerPort int port;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired JdbcClient jdbc;

    @Test
    void every_staff_carer_and_employer_page_passes_wcag_22_aa_on_a_phone() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Zara", "Staff"));
        eventually("the contact reaches the duty inbox", Duration.ofSeconds(20), () -> jdbc.sql(
                "SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference).query(Long.class).single() == 1);
        UUID contact = jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
        Path screenshots = Path.of("target", "screenshots", "staff");

        try (PhoneBrowser phone = PhoneBrowser.open(screenshots)) {
            phone.signIn(port, "duty");
            phone.open(port, "duty");
            phone.expectHeading("Duty inbox");
            phone.check("duty-inbox");
            phone.open(port, "duty/contact/" + contact);
            phone.expectHeading(reference + ": Zara Staff");
            phone.check("duty-contact");
            phone.page().locator("#record-decision").click();
            assertThat(phone.page().locator(".fd-error-summary").first()).isVisible();
            phone.check("duty-contact-decision-errors");
            phone.assertNoProblems();
        }
        decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.NFA, java.util.Set.of("21"), 1, "Needs met at school."));
        try (PhoneBrowser phone = PhoneBrowser.open(screenshots.resolve("manager"))) {
            phone.signIn(port, "manager");
            phone.open(port, "duty/sign-off");
            phone.expectHeading("Decisions to sign off");
            phone.check("sign-off");
            phone.open(port, "duty/audit");
            phone.expectHeading("Audit record");
            phone.check("audit");
            phone.assertNoProblems();
        }
        try (PhoneBrowser phone = PhoneBrowser.open(screenshots.resolve("carer"))) {
            phone.signIn(port, "carer");
            phone.open(port, "placements");
            phone.expectHeading("Your placements");
            phone.check("placements");
            phone.open(port, "placement/PL-1001");
            phone.check("placement");
            phone.assertNoProblems();
        }
        try (PhoneBrowser phone = PhoneBrowser.open(screenshots.resolve("employer"))) {
            phone.signIn(port, "employer");
            phone.page().getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Your Fostering Friendly registration")).click();
            phone.waitForVaadin();
            phone.check("employer-registration");
            phone.assertNoProblems();
        }
    }
}
