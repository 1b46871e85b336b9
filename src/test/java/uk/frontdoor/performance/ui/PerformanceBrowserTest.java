package uk.frontdoor.performance.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.concern.ConcernDrafts;
import uk.frontdoor.concern.ConcernService;
import uk.frontdoor.duty.ContactOutcome;
import uk.frontdoor.duty.DecisionForm;
import uk.frontdoor.duty.DutyDecisions;
import uk.frontdoor.performance.ReportingPeriod;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * A duty manager opens the performance information on a phone in a real browser (Debian's Chromium, headless,
 * 375 x 812), with the charts and tables, an error, and a download. Each state is checked by axe-core against
 * WCAG 2.2 AA and for sideways scrolling at 360 px and 200% zoom; tables of figures may scroll sideways inside
 * their own keyboard-reachable region (WCAG 1.4.10 exempts data tables), the page itself may not.
 */
class PerformanceBrowserTest extends PortalTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 812;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "performance");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final LocatorAssertions.HasTextOptions PAGE_LOAD = new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    @LocalServerPort int port;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired JdbcClient jdbc;

    private Playwright playwright;
    private Page page;
    private final List<String> violations = new ArrayList<>();
    private int pageNumber;

    @BeforeEach
    void openPhoneBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("No Chromium at " + CHROMIUM + ": install Debian's package (apt-get install -y chromium). "
                    + "This test never downloads a browser of its own.");
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        page = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setAcceptDownloads(true)).newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
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
        expectHeading("What do you want to do?");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Performance and inspection data")).click();

        expectHeading("Performance information");
        assertThat(page.locator("#contacts-per-week-chart svg[role=img]")).isVisible();
        assertThat(page.locator("#outcomes-chart svg[role=img]")).isVisible();
        check("dashboard");

        page.locator("#contacts-per-day-details summary").click();
        assertThat(page.locator("#contacts-per-day")).isVisible();
        check("contacts-per-day");

        Download download = page.waitForDownload(() -> page.locator("#download-list-1").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).matches("annex-a-list-1-contacts-\\d{4}-\\d\\d-\\d\\d-to-\\d{4}-\\d\\d-\\d\\d\\.csv");
        org.assertj.core.api.Assertions.assertThat(Files.readString(download.path(), StandardCharsets.UTF_8))
                .startsWith("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source\r\n");

        Locator end = page.locator("#" + ReportingPeriod.TO);
        end.getByLabel("Year").fill("1999");
        page.locator("#show-figures").click();
        Locator summary = page.locator(".fd-error-summary");
        assertThat(summary).containsText("End date must be the same as or after the start date");
        check("dashboard-error");

        if (!violations.isEmpty()) {
            fail("Accessibility problems (axe-core WCAG 2.2 AA rules, and reflow at 360 px and 200% zoom):\n"
                    + String.join("\n", violations));
        }
    }

    private void decided(DemoUser referrer, ContactOutcome outcome) {
        String reference = Concerns.raise(drafts, concerns, referrer, Answers.complete("Browser", "Figures"));
        eventually("the contact reaches the duty inbox", Duration.ofSeconds(20), () -> jdbc.sql(
                "SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference).query(Long.class).single() == 1);
        UUID id = jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
        org.assertj.core.api.Assertions.assertThat(decisions.decide(DemoUser.DUTY.currentUser(), id,
                new DecisionForm(outcome, Set.of("16A"), 3, "Decided for the browser test."))).isEmpty();
    }

    private void expectHeading(String text) {
        assertThat(page.locator("h1")).hasText(text, PAGE_LOAD);
        waitForVaadin();
    }

    /** Waits until Vaadin has no request in flight and nothing left to render (the TestBench rule). */
    private void waitForVaadin() {
        page.waitForFunction("""
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (!clients) return document.readyState === 'complete';
                  return Object.values(clients).every(client => !client.isActive || !client.isActive());
                }""");
    }

    /** Screenshot, sideways scrolling at 375 px, 360 px and 200% zoom, then axe-core; problems reported at the end. */
    private void check(String name) {
        waitForVaadin();
        pageNumber++;
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("%02d-%s.png".formatted(pageNumber, name))));
        for (int width : new int[] {PHONE_WIDTH, 360, PHONE_WIDTH / 2}) {
            page.setViewportSize(width, PHONE_HEIGHT);
            Object overflow = page.evaluate("""
                    () => {
                      const root = document.documentElement;
                      const wide = [...document.querySelectorAll('body *')]
                          .filter(e => !e.closest('.fd-table-region > *'))
                          .filter(e => { const box = e.getBoundingClientRect();
                                         return box.width > 1 && box.right > root.clientWidth + 1; })
                          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
                      if (root.scrollWidth <= root.clientWidth && wide.length === 0) return null;
                      return 'page ' + root.scrollWidth + ' px wide, beyond the edge: ' + wide.slice(0, 5).join(', ');
                    }""");
            if (overflow != null) {
                violations.add("[%s] scrolls sideways at %d px, %s".formatted(name, width, overflow));
            }
            if (width == PHONE_WIDTH / 2) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("%02d-%s-zoom200.png".formatted(pageNumber, name))));
            }
        }
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        var results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        if (results.getErrorMessage() != null) {
            fail("axe-core could not check " + name + ": " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            StringBuilder report = new StringBuilder("[%s] %s (%s): %s".formatted(name, rule.getId(), rule.getImpact(), rule.getHelp()));
            for (CheckedNode node : rule.getNodes()) {
                report.append("%n    - target %s%n      html %s%n      %s".formatted(node.getTarget(), node.getHtml(),
                        String.valueOf(node.getFailureSummary()).replace("\n", "\n        ")));
            }
            violations.add(report.toString());
        }
    }
}
