package uk.frontdoor.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
