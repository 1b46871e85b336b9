package uk.frontdoor.council.performance.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.performance.ReportingPeriod;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PhoneBrowser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * A duty manager opens the performance information on a phone in a real browser (Debian's Chromium, headless,
 * 375 x 812), with the charts and tables, an error, and a download. Each state is checked by axe-core against
 * WCAG 2.2 AA and for sideways scrolling at 360 px and 200% zoom; tables of figures may scroll sideways inside
 * their own keyboard-reachable region (WCAG 1.4.10 exempts data tables), the page itself may not.
 */
class PerformanceBrowserTest extends PortalTest {


    @LocalServerPort int port;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired JdbcClient jdbc;

    private PhoneBrowser phone;
    private Page page;

    @BeforeEach
    void openPhoneBrowser() {
        phone = PhoneBrowser.open(Path.of("target", "screenshots", "performance"));
        page = phone.page();
    }

    @AfterEach
    void closeBrowser() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void a_duty_manager_reads_the_figures_on_a_phone_and_every_state_passes_wcag_22_aa() throws IOException {
        decided(DemoUser.TEACHER, ContactOutcome.CIN_ASSESSMENT);
        decided(DemoUser.GP, ContactOutcome.EARLY_HELP);

        page.navigate("http://localhost:" + port + "/");
        page.waitForURL(Pattern.compile(".*/idp/login.*"));
        page.getByLabel("Username").fill("manager");
        page.getByLabel("Password").fill("manager");
        page.locator("#sign-in").click();
        phone.expectHeading("What do you want to do?");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Performance and inspection data")).click();

        phone.expectHeading("Performance information");
        assertThat(page.locator("#contacts-per-week-chart svg[role=img]")).isVisible();
        assertThat(page.locator("#outcomes-chart svg[role=img]")).isVisible();
        phone.check("dashboard");

        page.locator("#contacts-per-day-details summary").click();
        assertThat(page.locator("#contacts-per-day")).isVisible();
        phone.check("contacts-per-day");

        Download download = page.waitForDownload(() -> page.locator("#download-list-1").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).matches("annex-a-list-1-contacts-\\d{4}-\\d\\d-\\d\\d-to-\\d{4}-\\d\\d-\\d\\d\\.csv");
        org.assertj.core.api.Assertions.assertThat(Files.readString(download.path(), StandardCharsets.UTF_8))
                .startsWith("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source\r\n");

        Locator end = page.locator("#" + ReportingPeriod.TO);
        end.getByLabel("Year").fill("1999");
        page.locator("#show-figures").click();
        Locator summary = page.locator(".fd-error-summary");
        assertThat(summary).containsText("End date must be the same as or after the start date");
        phone.check("dashboard-error");

        phone.assertNoProblems();
    }

    private void decided(DemoUser referrer, ContactOutcome outcome) {
        String reference = Concerns.raise(drafts, concerns, referrer, Answers.complete("Browser", "Figures"));
        eventually("the contact reaches the duty inbox", Duration.ofSeconds(20), () -> jdbc.sql(
                "SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference).query(Long.class).single() == 1);
        UUID id = jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
        org.assertj.core.api.Assertions.assertThat(decisions.decide(DemoUser.DUTY.currentUser(), id,
                new DecisionForm(outcome, Set.of("16A"), 3, "Decided for the browser test."))).isEmpty();
    }



}
