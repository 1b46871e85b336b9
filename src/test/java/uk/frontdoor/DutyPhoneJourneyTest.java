package uk.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PhoneBrowser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The duty side's day on phones, three people at once: a duty worker finds a school's concern in the inbox, claims
 * it, sets its priority and proposes no further action; a duty manager signs it off from the sign-off queue; the
 * duty worker's open contact page and the teacher's open timeline both change without a reload. Every page the
 * duty worker and the manager see is checked by axe-core against WCAG 2.2 AA and for reflow.
 */
class DutyPhoneJourneyTest extends PortalTest {

    /** A live update arrives within a second here; the limit allows for a busy 2-core machine. */
    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(15_000);

    @LocalServerPort int port;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired JdbcClient jdbc;

    @Test
    void a_duty_worker_decides_no_further_action_a_manager_signs_off_and_both_open_pages_update() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Rosa", "Journey"));
        eventually("the contact reaches the duty inbox", Duration.ofSeconds(20), () -> jdbc.sql(
                "SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference).query(Long.class).single() == 1);
        Path screenshots = Path.of("target", "screenshots", "duty-journey");

        try (PhoneBrowser teacher = PhoneBrowser.open(screenshots.resolve("teacher"));
                PhoneBrowser worker = PhoneBrowser.open(screenshots.resolve("duty"));
                PhoneBrowser manager = PhoneBrowser.open(screenshots.resolve("manager"))) {
            teacher.signIn(port, "teacher");
            teacher.open(port, "concerns/" + reference);
            assertThat(teacher.page().locator("#timeline")).not().containsText("No further action");

            worker.signIn(port, "duty");
            worker.visit(port, "duty", "Duty inbox", "inbox");
            worker.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile(reference))).first().click();
            worker.expectHeading(reference + ": Rosa Journey");
            worker.check("contact");
            worker.page().locator("#claim").click();
            assertThat(worker.page().locator("body")).containsText("Held by", LIVE);
            worker.page().locator("#priority").getByText("Green").click();
            worker.page().locator("#priority-reason textarea").fill("Fed at school; no sign of harm at home yet.");
            worker.page().locator("#save-priority").click();
            assertThat(worker.page().locator("#record")).containsText("Priority", LIVE);
            worker.page().locator("#outcome").getByText("No further action").first().click();
            worker.page().locator("#factors").getByText("No factors identified (21)").click();
            worker.page().locator("#level-of-need").getByText("Level 1: Universal").click();
            worker.page().locator("#rationale textarea").fill("Spoke to the school nurse: needs met at school.");
            worker.page().locator("#record-decision").click();
            assertThat(worker.page().locator("#decision-status")).containsText("Waiting for a duty manager's sign-off", LIVE);
            worker.check("contact-waiting-for-sign-off");
            // Half-written when the sign-off lands: the live refresh must keep it.
            worker.page().locator("#message-text textarea").fill("Could you tell me when you next see Rosa's mum?");
            worker.page().locator("#message-text textarea").blur();

            manager.signIn(port, "manager");
            manager.visit(port, "duty/sign-off", "Decisions to sign off", "sign-off");
            manager.page().locator("#agree-" + reference).click();
            assertThat(manager.page().locator("body")).not().containsText(reference, LIVE);
            manager.check("sign-off-done");

            // Neither page was reloaded: the sign-off reaches both where they stand.
            assertThat(worker.page().locator("#decision-status")).containsText(
                    java.util.regex.Pattern.compile("Decided .*: No further action"), LIVE);
            assertThat(worker.page().locator("body")).not().containsText("Waiting for a duty manager's sign-off");
            assertThat(worker.page().locator("#message-text textarea"))
                    .hasValue("Could you tell me when you next see Rosa's mum?");
            worker.check("contact-decided");
            assertThat(teacher.page().locator("#timeline")).containsText("No further action", LIVE);

            worker.assertNoProblems();
            manager.assertNoProblems();
        }
    }
}
