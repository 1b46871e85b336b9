package uk.frontdoor.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.frontdoor.testsupport.PackagedPortal;

/**
 * What one idle session costs the server's heap (README: Benchmarks). Starts the packaged jar in demo mode in its own
 * process, signs {@code -Dbenchmark.warm-up} (8) people in and out to warm it up, then takes a baseline: the live
 * objects after a full collection, by class ({@code jcmd GC.class_histogram}). Then opens {@code -Dsessions=N} Chromium sessions, each its
 * own browser context (its own cookies), signed in as the demo teacher and left on the first question of "Raise a
 * concern" with push connected, and takes the histogram again, once at once and once after they have been idle for
 * {@code -Dbenchmark.idle-seconds} (30): the growth divided by N is one session's share, and the classes that grew most
 * say what holds it. Last, it signs every session out and measures once more: what is still held then outlives
 * sessions. Exits non-zero when an idle session holds more than {@value #BUDGET_BYTES} bytes.
 */
public final class SessionMemoryBenchmark {

    /** 100 KB: 10,000 idle sessions in 1 GB of heap. */
    static final long BUDGET_BYTES = 100 * 1024;
    private static final int SESSIONS = Integer.getInteger("sessions", 40);
    private static final int CONTEXTS_PER_BROWSER = Integer.getInteger("benchmark.contexts-per-browser", 25);
    /** Sessions opened and closed before the baseline: more connections than the server's buffer pool keeps. */
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 8);
    private static final int TOP = Integer.getInteger("benchmark.top", 25);
    /** Longer than the web server's keep-alive time (server.tomcat.keep-alive-timeout). */
    private static final int IDLE_SECONDS = Integer.getInteger("benchmark.idle-seconds", 30);
    /** With {@code -Dbenchmark.holders}: heap dumps at the baseline and idle, and what grew, by its holders. */
    private static final boolean HOLDERS = Boolean.getBoolean("benchmark.holders");
    private static final int HOLDER_DEPTH = Integer.getInteger("benchmark.holder-depth", 4);
    private static final String FIRST_QUESTION = "Is a child in immediate danger?";

    public static void main(String[] args) throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of("FRONTDOOR_DEMO", "true"));
        // Passed on when set, so a shared machine can give the portal its own port and data directory.
        for (String name : List.of("PORT", "FRONTDOOR_DATA_DIRECTORY", "JAVA_TOOL_OPTIONS")) {
            if (System.getenv(name) != null) {
                environment.put(name, System.getenv(name));
            }
        }
        boolean met;
        try (PackagedPortal portal = PackagedPortal.start(environment);
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            String base = "http://localhost:" + portal.port();
            List<Browser> browsers = new ArrayList<>();
            List<Page> pages = new ArrayList<>();
            try {
                // Warm up: the first sign-ins fill what every later session shares (routes, templates, compiled code),
                // and their connections, closed, fill the web server's bounded pool of connection buffers, which later
                // connections reuse: none of that is any one session's.
                Browser warm = launch(playwright);
                List<Page> warmPages = new ArrayList<>();
                for (int i = 0; i < WARM_UP; i++) {
                    Page page = warm.newContext(phone()).newPage();
                    openFirstQuestion(page, base);
                    warmPages.add(page);
                }
                for (Page page : warmPages) {
                    signOut(page);
                }
                warm.close();
                Thread.sleep(IDLE_SECONDS * 1_000L);
                Histogram baseline = Histogram.of(portal.pid());
                Path baselineDump = HOLDERS ? dump(portal, "baseline") : null;
                long started = System.nanoTime();
                for (int i = 0; i < SESSIONS; i++) {
                    if (i % CONTEXTS_PER_BROWSER == 0) {
                        browsers.add(launch(playwright));
                    }
                    Page page = browsers.getLast().newContext(phone()).newPage();
                    openFirstQuestion(page, base);
                    pages.add(page);
                }
                System.out.printf("%nOpened %d sessions in %.0f s%n", SESSIONS, (System.nanoTime() - started) / 1e9);
                Thread.sleep(3_000);
                Histogram open = Histogram.of(portal.pid());
                report("Just opened (the browser's page-load connections still open)", baseline, open, 10);

                // An idle phone keeps its push connection; the web server closes the others once they have been
                // quiet for its keep-alive time.
                System.out.printf("%nIdle for %d s...%n", IDLE_SECONDS);
                Thread.sleep(IDLE_SECONDS * 1_000L);
                Histogram idle = Histogram.of(portal.pid());
                if (HOLDERS) {
                    Path idleDump = dump(portal, "idle");
                    System.out.printf("%nWhat holds it (heap dumps %s and %s):", baselineDump, idleDump);
                    HeapDump.printGrowth(HeapDump.read(baselineDump).byHolders(HOLDER_DEPTH),
                            HeapDump.read(idleDump).byHolders(HOLDER_DEPTH), SESSIONS, TOP);
                }
                long perSession = report("Idle, the form open, push connected", baseline, idle, TOP);
                System.out.printf("Budget: %d KB a session. At this size 1 GB of heap holds about %,d sessions%n",
                        BUDGET_BYTES / 1024, perSession > 0 ? (1L << 30) / perSession : Long.MAX_VALUE);

                for (Page page : pages) {
                    signOut(page);
                    page.context().close();
                }
                Thread.sleep(3_000);
                report("All signed out and their browsers closed (the provider keeps a sign-in "
                        + "2 minutes after its session ends)", baseline, Histogram.of(portal.pid()), 10);
                met = perSession <= BUDGET_BYTES;
            } finally {
                browsers.forEach(Browser::close);
            }
        }
        System.out.println(met ? "Budget met." : "Budget missed.");
        System.exit(met ? 0 : 1);
    }

    /** A heap dump of the live objects ({@code jcmd GC.heap_dump}) in the portal's folder. */
    private static Path dump(PackagedPortal portal, String name) throws IOException, InterruptedException {
        Path file = portal.workingDirectory().resolve(name + ".hprof");
        Histogram.jcmd(portal.pid(), "GC.heap_dump " + file);
        return file;
    }

    /** @return the growth a session, bytes */
    private static long report(String title, Histogram baseline, Histogram now, int top) {
        long perSession = (now.total() - baseline.total()) / SESSIONS;
        System.out.printf("%n%s: %,d bytes of live heap, %,d more than the baseline's %,d%n", title, now.total(),
                now.total() - baseline.total(), baseline.total());
        System.out.printf("Retained per session: %,d bytes (%.1f KB)%n", perSession, perSession / 1024.0);
        now.minus(baseline).print(top, SESSIONS);
        return perSession;
    }

    private static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        // Many pages in one headless browser: none is throttled for being in the background.
                        "--disable-background-timer-throttling", "--disable-renderer-backgrounding")));
    }

    private static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(375, 812).setLocale("en-GB").setTimezoneId("Europe/London");
    }

    /** Signs in as the demo teacher and opens the first question of a new concern, as a referrer would. */
    private static void openFirstQuestion(Page page, String base) {
        page.setDefaultTimeout(30_000);
        page.navigate(base + "/");
        page.waitForURL(Pattern.compile(".*/idp/login.*"));
        page.getByLabel("Username").fill("teacher");
        page.getByLabel("Password").fill("teacher");
        page.locator("#sign-in").click();
        heading(page, "What do you want to do?");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a concern about a child")).click();
        heading(page, "Raise a concern about a child");
        page.locator("#start, #start-new").first().click();
        heading(page, FIRST_QUESTION);
    }

    private static void signOut(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile(".*/idp/login.*"));
    }

    private static void heading(Page page, String text) {
        page.locator("h1", new Page.LocatorOptions().setHasText(text)).waitFor(new Locator.WaitForOptions());
    }

    /** Live objects by class after a full collection, as {@code jcmd <pid> GC.class_histogram} prints them. */
    record Histogram(Map<String, long[]> classes, long total) {

        private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

        static Histogram of(long pid) throws IOException, InterruptedException {
            jcmd(pid, "GC.run");
            jcmd(pid, "GC.run");
            Map<String, long[]> classes = new HashMap<>();
            long total = -1;
            for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
                Matcher row = ROW.matcher(line);
                Matcher sum = TOTAL.matcher(line);
                if (row.find()) {
                    classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                } else if (sum.find()) {
                    total = Long.parseLong(sum.group(2));
                }
            }
            if (total < 0) {
                throw new IllegalStateException("jcmd GC.class_histogram printed no total");
            }
            return new Histogram(classes, total);
        }

        Histogram minus(Histogram before) {
            Map<String, long[]> growth = new HashMap<>();
            classes.forEach((name, now) -> {
                long[] then = before.classes.getOrDefault(name, new long[2]);
                growth.put(name, new long[] {now[0] - then[0], now[1] - then[1]});
            });
            return new Histogram(growth, total - before.total);
        }

        void print(int top, int sessions) {
            System.out.printf("  %-80s %12s %12s%n", "class (largest growth first)", "bytes/session", "count/session");
            classes.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                    .limit(top)
                    .forEach(e -> System.out.printf("  %-80s %12s %12.1f%n", e.getKey(),
                            "%,d".formatted(e.getValue()[1] / sessions), e.getValue()[0] / (double) sessions));
        }

        private static String jcmd(long pid, String command) throws IOException, InterruptedException {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        }
    }
}
