package uk.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.frontdoor.concern.ConcernValidator;
import uk.frontdoor.testsupport.PortalTest;

/**
 * A teacher raises a concern on a phone, in a real browser (Debian's Chromium, headless, 375 x 812), through
 * the built-in provider's sign-in, every question page, check your answers, confirmation and the live
 * timeline. Each page, and the error state of the first question, is checked by axe-core against WCAG 2.2 AA
 * and saved as a full-page screenshot in target/screenshots/.
 */
class BrowserJourneyTest extends PortalTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 812;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** Generous: the first Vaadin page of a fresh JVM compiles a lot; nothing here is a fixed sleep. */
    private static final LocatorAssertions.HasTextOptions PAGE_LOAD = new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
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
        try (var old = Files.newDirectoryStream(SCREENSHOTS, "*.png")) {
            for (Path screenshot : old) {
                Files.delete(screenshot);
            }
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void teacher_raises_a_concern_on_a_phone_and_every_page_passes_wcag_22_aa() {
        page.navigate("http://localhost:" + port + "/");

        // The portal sends the teacher to the built-in provider's sign-in page.
        page.waitForURL(Pattern.compile(".*/idp/login.*"));
        expectHeading("Sign in");
        check("sign-in");
        page.getByLabel("Username").fill("teacher");
        page.getByLabel("Password").fill("not the password");
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/idp/login\\?error.*"));
        expectError("Enter a correct username and password");
        check("sign-in-error");
        page.getByLabel("Username").fill("teacher");
        page.getByLabel("Password").fill("teacher");
        page.locator("#sign-in").click();

        expectHeading("What do you want to do?");
        check("home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a concern about a child")).click();

        expectHeading("Raise a concern about a child");
        check("start");
        Locator startNow = page.locator("#start, #start-new").first();
        startNow.click();

        expectHeading("Is a child in immediate danger?");
        check("danger");
        continueOn();
        expectError("Select yes if a child is in immediate danger");
        check("danger-error");
        page.locator("#" + ConcernValidator.IMMEDIATE_DANGER).getByLabel("No").check();
        continueOn();

        expectHeading("About the child");
        check("child");
        fill(ConcernValidator.FIRST_NAME, "Ava");
        fill(ConcernValidator.LAST_NAME, "Smith");
        Locator dateOfBirth = page.locator("#" + ConcernValidator.DATE_OF_BIRTH);
        dateOfBirth.getByLabel("Day").fill("12");
        dateOfBirth.getByLabel("Month").fill("5");
        dateOfBirth.getByLabel("Year").fill("2016");
        fill(ConcernValidator.ADDRESS, "1 Station Road, Stoke-on-Trent");
        fill(ConcernValidator.POSTCODE, "ST4 1HH");
        check("child-filled");
        continueOn();

        expectHeading("What are you worried about?");
        check("worry");
        page.locator("#" + ConcernValidator.FACTORS).getByLabel("Neglect", new Locator.GetByLabelOptions().setExact(true))
                .check();
        fill(ConcernValidator.WHAT_HAPPENED, "Came to school hungry every day this week and without a coat.");
        LocalDate lastWeek = LocalDate.now().minusDays(7);
        Locator when = page.locator("#" + ConcernValidator.WHEN_HAPPENED);
        when.getByLabel("Day").fill(String.valueOf(lastWeek.getDayOfMonth()));
        when.getByLabel("Month").fill(String.valueOf(lastWeek.getMonthValue()));
        when.getByLabel("Year").fill(String.valueOf(lastWeek.getYear()));
        fill(ConcernValidator.ACTION_TAKEN, "Gave breakfast, told the safeguarding lead.");
        continueOn();

        expectHeading("The child's parents or carers");
        check("parents");
        page.locator("#" + ConcernValidator.PARENTS_KNOW).getByLabel("Yes").check();
        Locator agree = page.locator("#" + ConcernValidator.PARENTS_AGREE);
        assertThat(agree).isVisible();
        agree.getByLabel("Yes").check();
        check("parents-agree");
        continueOn();

        expectHeading("What level of need do you think the child has?");
        check("level");
        page.locator("#" + ConcernValidator.LEVEL_OF_NEED).getByLabel("Level 2: Additional needs").check();
        continueOn();

        expectHeading("Check your answers before sending");
        assertThat(page.locator("main")).containsText("Ava Smith");
        assertThat(page.locator("main")).containsText("ST4 1HH");
        assertThat(page.locator("main")).containsText("Level 2: Additional needs");
        check("check-answers");
        page.locator("#send").click();

        expectHeading("Concern sent");
        Locator reference = page.locator("#reference");
        assertThat(reference).hasText(Pattern.compile("FD-\\d{4}-\\d{6}"));
        String number = reference.textContent().strip();
        check("confirmation");
        page.locator("#follow").click();

        expectHeading("Concern " + number);
        // The acknowledgement travels through the real routes and arrives by Vaadin Push, without a reload.
        assertThat(page.locator("#timeline")).containsText("Received by ChAD",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        check("timeline");

        if (!violations.isEmpty()) {
            fail("Accessibility problems (axe-core WCAG 2.2 AA rules, and reflow at 360 px and 200% zoom):\n" + String.join("\n", violations));
        }
    }

    private void expectHeading(String text) {
        assertThat(page.locator("h1")).hasText(text, PAGE_LOAD);
        waitForVaadin();
    }

    private void expectError(String message) {
        Locator summary = page.locator(".fd-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText(message);
        waitForVaadin();
    }

    private void fill(String id, String value) {
        page.locator("#" + id).locator("input, textarea").fill(value);
    }

    private void continueOn() {
        page.locator("#continue").click();
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

    /**
     * Screenshot and axe-core scan of the page as it is now, then the same page at 360 px and at 200% zoom
     * (375 px zoomed is 187 CSS px) for sideways scrolling. Problems are collected and reported at the end.
     */
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
                          .filter(e => { const box = e.getBoundingClientRect();
                                         return box.width > 1 && box.right > root.clientWidth + 1; })
                          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                              + (typeof e.className === 'string' && e.className.trim()
                                  ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
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
            StringBuilder report = new StringBuilder("[%s] %s (%s): %s%n    %s".formatted(name, rule.getId(),
                    rule.getImpact(), rule.getHelp(), rule.getHelpUrl()));
            for (CheckedNode node : rule.getNodes()) {
                report.append("%n    - target %s%n      html %s%n      %s".formatted(node.getTarget(), node.getHtml(),
                        String.valueOf(node.getFailureSummary()).replace("\n", "\n        ")));
            }
            violations.add(report.toString());
            System.out.println(report);
        }
    }
}
