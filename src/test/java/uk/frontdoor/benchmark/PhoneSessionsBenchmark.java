package uk.frontdoor.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.frontdoor.testsupport.PackagedPortal;
import uk.frontdoor.testsupport.PhoneBrowser;

/**
 * Many people raising concerns through the pages at once (README: Benchmarks): each session is its own Chromium at
 * 375 px, signed in as a demo referrer, going round the shortest way from home to "Concern sent" and home again.
 * Steps up the number of sessions (-Dsessions=1,2,4,8) for -Dseconds each on the packaged jar and reports, per step,
 * the concerns sent a minute and how long a page turn takes (a tap on Continue, Start or Send to the next page's
 * heading with Vaadin idle: the wait a person sees), p50/p95/p99, and errors. Stops climbing once p99 passes
 * 250 ms or an error appears. Each browser runs on the same machine as the portal, so on a small machine the
 * figures are the two together's.
 */
public final class PhoneSessionsBenchmark {

    static final double P99_LIMIT_MS = 250;
    private static final List<String> REFERRERS = List.of("teacher", "lead", "teacher2", "gp");

    public static void main(String[] args) throws Exception {
        int[] steps = Arrays.stream(System.getProperty("sessions", "1,2,4,8").split(","))
                .mapToInt(step -> Integer.parseInt(step.strip())).toArray();
        Duration each = Duration.ofSeconds(Long.getLong("seconds", 60));
        try (PackagedPortal portal = PackagedPortal.start(Map.of("FRONTDOOR_DEMO", "true"))) {
            System.out.printf("%nPhone sessions on the packaged jar, %d s a step, %d cores%n", each.toSeconds(),
                    Runtime.getRuntime().availableProcessors());
            run(portal.port(), 1, Duration.ofSeconds(20), false); // warm-up: the JIT, Vaadin's first pages
            for (int sessions : steps) {
                Step step = run(portal.port(), sessions, each, true);
                if (step.errors > 0 || step.percentile(99) > P99_LIMIT_MS) {
                    System.out.printf("Stopped climbing at %d sessions: %s%n", sessions,
                            step.errors > 0 ? step.errors + " errors" : "p99 past " + P99_LIMIT_MS + " ms");
                    break;
                }
            }
        }
    }

    private static Step run(int port, int sessions, Duration length, boolean report) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        Step step = new Step();
        try (ExecutorService people = Executors.newFixedThreadPool(sessions)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                String username = REFERRERS.get(i % REFERRERS.size());
                running.add(people.submit(() -> session(port, username, end, step)));
            }
            for (Future<?> session : running) {
                session.get();
            }
        }
        if (report) {
            System.out.printf("  %2d sessions: %5.1f concerns a minute; page turn p50 %.0f ms, p95 %.0f ms, p99 %.0f ms;"
                            + " %d errors%n", sessions, step.sent * 60.0 / length.toSeconds(), step.percentile(50),
                    step.percentile(95), step.percentile(99), step.errors);
        }
        return step;
    }

    /** One person: signs in once (Playwright is one thread's), then raises concern after concern until the end. */
    private static void session(int port, String username, long end, Step step) {
        try (PhoneBrowser phone = PhoneBrowser.open(Path.of("target", "benchmark", "phone-sessions"))) {
            phone.signIn(port, username);
            while (System.nanoTime() < end) {
                try {
                    phone.raiseConcern("Ava", "Session");
                    step.sent(phone.effort().pageTurns());
                    phone.open(port, "");
                    phone.expectHeading("What do you want to do?");
                } catch (RuntimeException | AssertionError e) {
                    step.error();
                    phone.open(port, "");
                }
            }
        }
    }

    /** What one step measured, from every session's thread. */
    private static final class Step {
        private final List<Double> turnsMillis = new ArrayList<>();
        private int sent;
        private int errors;

        synchronized void sent(List<Duration> turns) {
            sent++;
            turns.forEach(turn -> turnsMillis.add(turn.toNanos() / 1e6));
        }

        synchronized void error() {
            errors++;
        }

        synchronized double percentile(int percentile) {
            if (turnsMillis.isEmpty()) {
                return Double.NaN;
            }
            double[] sorted = turnsMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
        }
    }
}
