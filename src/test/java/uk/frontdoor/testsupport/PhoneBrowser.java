package uk.frontdoor.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.frontdoor.partner.concern.ConcernValidator;

/**
 * Debian's Chromium, headless, at a phone's 375 x 812, driven by Playwright (never a downloaded browser). Each
 * {@link #check} saves a screenshot, looks for sideways scrolling at 375 px, 360 px and 200% zoom, and runs
 * axe-core's WCAG 2.2 AA rules; {@link #assertNoProblems} reports everything found at the end.
 */
public final class PhoneBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final int WIDTH = 375;
    private static final int HEIGHT = 812;
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** Generous: the first Vaadin page of a fresh JVM compiles a lot; nothing here is a fixed sleep. */
    private static final LocatorAssertions.HasTextOptions PAGE_LOAD = new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    private Effort effort = new Effort();
    private final Playwright playwright;
    private final Page page;
    private final Path screenshots;
    private final List<String> problems = new ArrayList<>();
    private int pageNumber;

    private PhoneBrowser(Path screenshots) {
        this.screenshots = screenshots;
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        page = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(WIDTH, HEIGHT)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setAcceptDownloads(true)).newPage();
        page.setDefaultTimeout(15_000);
        // Chromium reports each refusal of the Content-Security-Policy on the console: the policy must block nothing.
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                problems.add("[" + page.url() + "] " + message.text());
            }
        });
    }

    /** Fails (never skips) when Chromium is missing; clears old screenshots from the folder. */
    public static PhoneBrowser open(Path screenshots) {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("No Chromium at " + CHROMIUM + ": install Debian's package (apt-get install -y chromium). "
                    + "These tests never download a browser of their own.");
        }
        try {
            Files.createDirectories(screenshots);
            try (var old = Files.newDirectoryStream(screenshots, "*.png")) {
                for (Path screenshot : old) {
                    Files.delete(screenshot);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PhoneBrowser(screenshots);
    }

    public Page page() {
        return page;
    }

    /** Opens the portal and signs in through the built-in provider (demo passwords equal the usernames). */
    public void signIn(int port, String username) {
        page.navigate("http://localhost:" + port + "/");
        page.waitForURL(java.util.regex.Pattern.compile(".*/idp/login.*"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(username);
        page.locator("#sign-in").click();
        expectHeading("What do you want to do?");
    }

    /**
     * The shortest way through the concern form for the person signed in, from the home page to "Concern sent"
     * (BrowserJourneyTest walks every page and error on the way): no checks, no screenshots. What it took a person
     * is counted in {@link #effort()}: each page seen, each field typed, each tap (a field is tapped before typing).
     * @return the concern's reference
     */
    public String raiseConcern(String firstName, String lastName) {
        effort = new Effort();
        effort.screens.add("What do you want to do?");
        tap(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a concern about a child")));
        screen("Raise a concern about a child");
        turnTo(page.locator("#start, #start-new").first(), "Is a child in immediate danger?");
        tap(page.locator("#" + ConcernValidator.IMMEDIATE_DANGER).getByLabel("No"));
        next("About the child");
        type(ConcernValidator.FIRST_NAME, firstName);
        type(ConcernValidator.LAST_NAME, lastName);
        date(ConcernValidator.DATE_OF_BIRTH, LocalDate.of(2016, 5, 12));
        type(ConcernValidator.ADDRESS, "1 Station Road, Stoke-on-Trent");
        type(ConcernValidator.POSTCODE, "ST4 1HH");
        next("Tell us more about the child (optional)");
        turnTo(page.locator("#skip"), "What are you worried about?");
        tap(page.locator("#" + ConcernValidator.FACTORS).getByLabel("Neglect", new Locator.GetByLabelOptions().setExact(true)));
        type(ConcernValidator.WHAT_HAPPENED, "Came to school hungry every day this week.");
        date(ConcernValidator.WHEN_HAPPENED, LocalDate.now().minusDays(2));
        type(ConcernValidator.ACTION_TAKEN, "Gave breakfast, told the safeguarding lead.");
        next("The child's parents or carers");
        tap(page.locator("#" + ConcernValidator.PARENTS_KNOW).getByLabel("Yes"));
        tap(page.locator("#" + ConcernValidator.PARENTS_AGREE).getByLabel("Yes"));
        next("What level of need do you think the child has?");
        tap(page.locator("#" + ConcernValidator.LEVEL_OF_NEED).getByLabel("Level 2: Additional needs"));
        next("What would you like to happen?");
        tap(page.locator("#" + ConcernValidator.REQUEST).getByLabel("Support for the family"));
        next("How should we tell you there is news?");
        tap(page.locator("#" + ConcernValidator.HOW_TO_TELL).getByLabel("Email"));
        next("Check your answers before sending");
        turnTo(page.locator("#send"), "Concern sent");
        return page.locator("#reference").textContent().strip();
    }

    /** What the last {@link #raiseConcern} took: pages seen (home and the confirmation included), fields, taps. */
    public Effort effort() {
        return effort;
    }

    /** Counted as a person would: a page once however long it stays, a tap for each field before typing in it. */
    public static final class Effort {
        private final Set<String> screens = new LinkedHashSet<>();
        private final List<Duration> pageTurns = new ArrayList<>();
        private int fields;
        private int taps;

        /** From each tap on Continue, Start or Send to the next page's heading with Vaadin idle, as a person waits. */
        public List<Duration> pageTurns() {
            return pageTurns;
        }

        public int screens() {
            return screens.size();
        }

        public int fields() {
            return fields;
        }

        public int taps() {
            return taps;
        }

        @Override
        public String toString() {
            return screens() + " screens, " + fields + " fields typed, " + taps + " taps";
        }
    }

    private void tap(Locator target) {
        effort.taps++;
        target.click();
    }

    private void screen(String heading) {
        expectHeading(heading);
        effort.screens.add(heading);
    }

    private void next(String heading) {
        turnTo(page.locator("#continue"), heading);
    }

    private void turnTo(Locator button, String heading) {
        long tapped = System.nanoTime();
        tap(button);
        screen(heading);
        effort.pageTurns.add(Duration.ofNanos(System.nanoTime() - tapped));
    }

    private void type(String id, String value) {
        fill(page.locator("#" + id).locator("input, textarea"), value);
    }

    private void fill(Locator field, String value) {
        effort.taps++;
        effort.fields++;
        field.fill(value);
    }

    private void date(String id, LocalDate date) {
        Locator field = page.locator("#" + id);
        fill(field.getByLabel("Day"), Integer.toString(date.getDayOfMonth()));
        fill(field.getByLabel("Month"), Integer.toString(date.getMonthValue()));
        fill(field.getByLabel("Year"), Integer.toString(date.getYear()));
    }

    public void open(int port, String path) {
        page.navigate("http://localhost:" + port + "/" + path);
        waitForVaadin();
    }

    /** Opens a page, waits for its heading, then checks it (see {@link #check}). */
    public void visit(int port, String path, String heading, String name) {
        open(port, path);
        expectHeading(heading);
        check(name);
    }

    public void expectHeading(String text) {
        assertThat(page.locator("h1")).hasText(text, PAGE_LOAD);
        waitForVaadin();
    }

    /** Waits until Vaadin has no request in flight and nothing left to render (the TestBench rule). */
    public void waitForVaadin() {
        page.waitForFunction("""
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (!clients) return document.readyState === 'complete';
                  return Object.values(clients).every(client => !client.isActive || !client.isActive());
                }""");
    }

    /** Screenshot, sideways scrolling (a table may scroll inside its own region), then axe-core. */
    public void check(String name) {
        waitForVaadin();
        pageNumber++;
        // A full-page capture of a long page is slow on a busy 2-core machine: it gets longer than the clicks' limit.
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setTimeout(60_000)
                .setPath(screenshots.resolve("%02d-%s.png".formatted(pageNumber, name))));
        for (int width : new int[] {WIDTH, 360, WIDTH / 2}) {
            page.setViewportSize(width, HEIGHT);
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
                problems.add("[%s] scrolls sideways at %d px, %s".formatted(name, width, overflow));
            }
            if (width == WIDTH / 2) {
                // A full-page capture of a long page is slow on a busy 2-core machine: it gets longer than the clicks' limit.
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setTimeout(60_000)
                        .setPath(screenshots.resolve("%02d-%s-zoom200.png".formatted(pageNumber, name))));
            }
        }
        page.setViewportSize(WIDTH, HEIGHT);
        var results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        if (results.getErrorMessage() != null) {
            fail("axe-core could not check " + name + ": " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            StringBuilder report = new StringBuilder("[%s] %s (%s): %s".formatted(name, rule.getId(), rule.getImpact(),
                    rule.getHelp()));
            for (CheckedNode node : rule.getNodes()) {
                report.append("%n    - target %s%n      html %s%n      %s".formatted(node.getTarget(), node.getHtml(),
                        String.valueOf(node.getFailureSummary()).replace("\n", "\n        ")));
            }
            problems.add(report.toString());
        }
    }

    public void assertNoProblems() {
        if (!problems.isEmpty()) {
            fail("Accessibility problems (axe-core WCAG 2.2 AA rules, and reflow at 360 px and 200% zoom) "
                    + "or Content-Security-Policy refusals:\n"
                    + String.join("\n", problems));
        }
    }

    @Override
    public void close() {
        playwright.close();
    }
}
