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
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.partner.employer.EmployerService;
import uk.frontdoor.partner.employer.OfferForm;
import uk.frontdoor.council.leavingcare.OfferReviews;
import uk.frontdoor.partner.employer.OfferService;
import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.partner.employer.RegistrationForm;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PhoneBrowser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The pages staff, carers and employers use, on a phone, each checked by axe-core against WCAG 2.2 AA and for
 * sideways scrolling: the duty inbox and a contact with its triage, decision and messages; a manager's sign-off
 * queue and the audit record; a foster carer's placement; an employer's registration and its check your answers.
 */
class StaffPagesBrowserTest extends PortalTest {

    @LocalServerPort int port;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired OfferService offers;
    @Autowired OfferReviews reviews;
    @Autowired EmployerService employers;

    @Test
    void every_staff_carer_and_employer_page_passes_wcag_22_aa_on_a_phone() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Zara", "Staff"));
        eventually("the contact reaches the duty inbox", Duration.ofSeconds(20), () -> jdbc.sql(
                "SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference).query(Long.class).single() == 1);
        UUID contact = jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
        Path screenshots = Path.of("target", "screenshots", "staff");

        as("duty", screenshots, phone -> {
            phone.visit(port, "duty", "Duty inbox", "duty-inbox");
            phone.visit(port, "duty/contact/" + contact, reference + ": Zara Staff", "duty-contact");
            phone.page().locator("#record-decision").click();
            assertThat(phone.page().locator(".fd-error-summary").first()).isVisible();
            phone.check("duty-contact-decision-errors");
        });
        decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.NFA, java.util.Set.of("21"), 1, "Needs met at school."));
        as("manager", screenshots.resolve("manager"), phone -> {
            phone.visit(port, "duty/sign-off", "Decisions to sign off", "sign-off");
            phone.visit(port, "duty/audit", "Audit record", "audit");
        });
        as("operator", screenshots.resolve("operator"), phone -> {
            phone.visit(port, "operations", "Message flows", "operations");
        });
        as("carer", screenshots.resolve("carer"), phone -> {
            phone.visit(port, "placements", "Your placements", "placements");
            phone.open(port, "placement/PL-1001");
            phone.check("placement");
        });
        var employer = DemoUser.EMPLOYER.currentUser();
        var team = DemoUser.LEAVING_CARE.currentUser();
        UUID published = sentOffer(employer, OfferType.APPRENTICESHIP, "Warehouse apprenticeship");
        eventually("the offer reaches the leaving care team", Duration.ofSeconds(20), () ->
                reviews.find(team, published).isPresent());
        reviews.approve(team, published);
        UUID waiting = sentOffer(employer, OfferType.MENTORING, "Mentoring for a young person starting work");
        eventually("the offer reaches the leaving care team", Duration.ofSeconds(20), () ->
                reviews.find(team, waiting).isPresent());
        offers.saveDraft(employer, null, offer(OfferType.WORK_EXPERIENCE, "A week in the office"));
        java.time.LocalDate adopted = java.time.LocalDate.now().minusMonths(1);
        employers.register(employer, new RegistrationForm("Potteries Logistics Ltd",
                "1 Etruria Road\nStoke-on-Trent\nST1 5NH", "50-249", "Emma Employer", "emma@potteries.example",
                "01782 555 100", "5", "yes", "yes", "In the staff handbook and at induction",
                Integer.toString(adopted.getDayOfMonth()), Integer.toString(adopted.getMonthValue()),
                Integer.toString(adopted.getYear())));
        as("employer", screenshots.resolve("employer"), phone -> {
            phone.page().getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Your Fostering Friendly registration")).click();
            phone.waitForVaadin();
            phone.check("employer-registration");
            phone.page().locator("#continue-registration").click();
            phone.expectHeading("Check your answers before sending");
            // The answers are kept on the server, so the page opened afresh shows them too.
            phone.visit(port, "employer/registration/check", "Check your answers before sending",
                    "employer-registration-check");
            phone.page().getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Change organisation name")).click();
            phone.expectHeading("Your Fostering Friendly registration");
            assertThat(phone.page().locator("#employer-name input")).isFocused();
            phone.visit(port, "employer/offers", "Your offers for care-experienced young people", "employer-offers");
            phone.page().locator("#send-offer").click();
            assertThat(phone.page().locator(".fd-error-summary").first()).isVisible();
            phone.check("employer-offers-errors");
        });
        as("leaving-care", screenshots.resolve("leaving-care"), phone -> {
            phone.visit(port, "offer-reviews", "Employers' offers to review", "offer-reviews");
            phone.visit(port, "offers", "Offers for care-experienced young people", "published-offers");
        });
    }

    /** Signs in as one person in a fresh phone browser, checks their pages, and reports what was found. */
    private void as(String username, Path screenshots, java.util.function.Consumer<PhoneBrowser> pages) {
        PhoneBrowser.as(port, username, screenshots, pages);
    }

    private UUID sentOffer(uk.frontdoor.security.CurrentUser employer, OfferType type, String title) {
        UUID id = offers.saveDraft(employer, null, offer(type, title)).id();
        offers.submit(employer, id);
        return id;
    }

    private static OfferForm offer(OfferType type, String title) {
        java.time.LocalDate closing = java.time.LocalDate.now().plusMonths(1);
        return new OfferForm(type, title, "Learning the job with a named mentor, and help getting to work.",
                "Stoke-on-Trent ST4 4AB", true, "30 a week", "16", "25", Integer.toString(closing.getDayOfMonth()),
                Integer.toString(closing.getMonthValue()), Integer.toString(closing.getYear()), "yes", "3");
    }
}
