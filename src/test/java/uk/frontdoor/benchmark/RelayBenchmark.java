package uk.frontdoor.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.Application;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.testsupport.Answers;

/**
 * Measures the spine on the embedded defaults (real PostgreSQL, Artemis, YAML routes, both consumers):
 * the time from a concern's submit to "received" on its timeline, and the sustained relay rate with zero
 * loss. Run with {@code mvn -q -Pbenchmark test-compile exec:java} (README). Exits non-zero if a target is missed.
 */
public final class RelayBenchmark {

    /** The targets: submit to "received" at 20 a second, the sustained rate, and its share of the ceiling. */
    static final double P99_TARGET_MILLIS = 100;
    static final double RATE_TARGET_PER_SECOND = 1_000;
    static final double SHARE_OF_CEILING_TARGET = 1.0 / 8;
    /** As many clients as the ceiling names: enough to share each flush of the write-ahead log. */
    static final int CEILING_CLIENTS = 16;

    private final ConcernDrafts drafts;
    private final ConcernService concerns;
    private final JdbcClient jdbc;
    private final CpuMeter cpu;
    private final DatabaseCeiling ceiling;
    private final DatabaseWork databaseWork;

    private RelayBenchmark(ConfigurableApplicationContext portal, CpuMeter cpu) {
        this.cpu = cpu;
        this.ceiling = new DatabaseCeiling(portal.getBean(JdbcClient.class),
                portal.getBean(com.zaxxer.hikari.HikariDataSource.class));
        this.drafts = portal.getBean(ConcernDrafts.class);
        this.concerns = portal.getBean(ConcernService.class);
        this.jdbc = portal.getBean(JdbcClient.class);
        this.databaseWork = new DatabaseWork(jdbc);
    }

    public static void main(String[] args) throws Exception {
        int paced = Integer.getInteger("benchmark.paced", 300);
        int load = Integer.getInteger("benchmark.load", 3_000);
        int threads = Integer.getInteger("benchmark.threads", 8);
        // Under target/, so a run never leaves data outside the checkout.
        Path target = Files.createDirectories(Path.of("target"));
        Path data = Files.createTempDirectory(target, "relay-benchmark-");
        boolean met;
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class).run(
                "--frontdoor.data-directory=" + data, "--frontdoor.demo=true", "--server.port=0", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off")) {
            RelayBenchmark benchmark = new RelayBenchmark(portal, CpuMeter.forDataDirectory(data));
            benchmark.printDurability();
            // A portal that has run a while: the JIT has compiled the spine, so the figures are its steady state
            // and not the compiler's (a cold first minute spent a third of the CPU compiling).
            int warmUp = Integer.getInteger("benchmark.warm-up", 1_500);
            benchmark.submit(benchmark.prepare(warmUp, "warm-up", threads), threads, Duration.ZERO);
            benchmark.awaitReceived(warmUp, Duration.ofMinutes(5));
            met = benchmark.run(paced, load, threads);
        }
        System.exit(met ? 0 : 1);
    }

    /** The figures mean nothing without knowing whether each commit waited for the disk. */
    private void printDurability() {
        String fsync = jdbc.sql("SHOW fsync").query(String.class).single();
        String synchronousCommit = jdbc.sql("SHOW synchronous_commit").query(String.class).single();
        boolean durable = fsync.equals("on") && !synchronousCommit.equals("off");
        System.out.printf("%nDatabase: fsync=%s, synchronous_commit=%s: %s%n", fsync, synchronousCommit,
                durable ? "durable (each commit waits for the disk)" : "NOT durable (commits can be lost in a power cut)");
    }

    private boolean run(int paced, int load, int threads) throws Exception {
        long before = receivedCount();
        System.out.printf("%nLatency: %d concerns submitted one at a time, 20 a second (a busy front door)%n", paced);
        List<String> pacedReferences = submit(prepare(paced, "paced", threads), 1, Duration.ofMillis(50));
        awaitReceived(before + paced, Duration.ofMinutes(2));
        double[] latencies = latenciesMillis(pacedReferences);
        double p50 = percentile(latencies, 50);
        double p95 = percentile(latencies, 95);
        double p99 = percentile(latencies, 99);
        System.out.printf("  submit -> received on the timeline: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                p50, p95, p99, latencies[latencies.length - 1]);

        int ceilingSeconds = Integer.getInteger("benchmark.ceiling-seconds", 10);
        System.out.printf("%nThe database's ceiling: %d clients committing a concern-sized row and an outbox row, %d s%n",
                CEILING_CLIENTS, ceilingSeconds);
        CpuMeter.Reading ceilingBefore = cpu.read();
        double ceilingRate = ceiling.measure(CEILING_CLIENTS, Duration.ofSeconds(ceilingSeconds));
        System.out.printf("  %.0f transactions/s; CPU per transaction: %s%n", ceilingRate,
                cpu.read().perItem(ceilingBefore, Math.round(ceilingRate * ceilingSeconds)));
        System.out.printf("  the real tables' triggers it fired: %s%n",
                ceiling.copiedTriggers().isEmpty() ? "none" : String.join("; ", ceiling.copiedTriggers()));

        System.out.printf("%nSustained: %d concerns submitted by %d referrers at once%n", load, threads);
        List<UUID> loadDrafts = prepare(load, "load", threads);
        long receivedBefore = receivedCount();
        DatabaseWork.Reading workBefore = databaseWork.read();
        CpuMeter.Reading cpuBefore = cpu.read();
        long start = System.nanoTime();
        submit(loadDrafts, threads, Duration.ZERO);
        double submitSeconds = (System.nanoTime() - start) / 1e9;
        awaitReceived(receivedBefore + load, Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuMeter.Reading cpuAfter = cpu.read();
        double rate = load / seconds;
        long received = receivedCount() - receivedBefore;
        long inInbox = jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference IN (SELECT reference FROM concern "
                + "WHERE referrer_subject LIKE 'load-%')").query(Long.class).single();
        long waiting = jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single();
        long lost = load - Math.min(received, inInbox);
        System.out.printf("  submitted in %.1f s (%.0f/s); all %d received on timelines in %.1f s: %.0f concerns/s relayed end to end%n",
                submitSeconds, load / submitSeconds, received, seconds, rate);
        System.out.printf("  in the duty inbox: %d; lost: %d; still waiting in the outbox: %d%n", inInbox, lost, waiting);
        System.out.printf("  CPU per concern, end to end: %s (the machine has %d cores)%n", cpuAfter.perItem(cpuBefore, load),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  PostgreSQL per concern: %s%n", databaseWork.read().perItem(workBefore, load));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("%nHeap in use after the run: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));

        double share = rate / ceilingRate;
        System.out.printf("%nTargets%n");
        boolean met = target(String.format("sustained rate %.0f concerns/s >= %.0f/s", rate, RATE_TARGET_PER_SECOND),
                rate >= RATE_TARGET_PER_SECOND);
        met &= target(String.format("share of the database's ceiling %.3f (1/%.1f) >= 1/8", share, 1 / share),
                share >= SHARE_OF_CEILING_TARGET);
        met &= target(String.format("p99 submit -> received at 20/s %.1f ms < %.0f ms", p99, P99_TARGET_MILLIS),
                p99 < P99_TARGET_MILLIS);
        met &= target(String.format("lost %d, received %d of %d: none lost", lost, received, load),
                lost == 0 && received == load);
        System.out.println(met ? "RESULT: targets met" : "RESULT: a target was missed");
        return met;
    }

    private static boolean target(String figure, boolean met) {
        System.out.printf("  %s %s%n", met ? "met:   " : "MISSED:", figure);
        return met;
    }

    /** Drafts completed beforehand, one per referrer (a person has one draft at a time), so only submit is timed. */
    private List<UUID> prepare(int count, String prefix, int threads) throws Exception {
        List<UUID> prepared = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<UUID>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                CurrentUser referrer = referrer(prefix + "-" + i);
                futures.add(pool.submit(() -> {
                    var draft = drafts.start(referrer);
                    var answers = Answers.complete("Bench", "Child");
                    for (ConcernStep step : ConcernStep.values()) {
                        if (step != ConcernStep.CHECK) {
                            drafts.save(referrer, draft.id(), step, answers);
                        }
                    }
                    return draft.id();
                }));
            }
            for (Future<UUID> future : futures) {
                prepared.add(future.get());
            }
        }
        return prepared;
    }

    private List<String> submit(List<UUID> draftIds, int threads, Duration pause) throws Exception {
        List<String> references = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<String>> futures = new ArrayList<>();
            for (UUID draftId : draftIds) {
                String subject = jdbc.sql("SELECT owner_subject FROM concern_draft WHERE id = ?").param(draftId)
                        .query(String.class).single();
                futures.add(pool.submit(() -> concerns.submit(referrer(subject), draftId).reference()));
                if (!pause.isZero()) {
                    Thread.sleep(pause.toMillis());
                }
            }
            for (Future<String> future : futures) {
                references.add(future.get());
            }
        }
        return references;
    }

    private static CurrentUser referrer(String subject) {
        return new CurrentUser(subject, "Benchmark Teacher", null, Set.of(Role.TEACHER), "school-springfield");
    }

    private long receivedCount() {
        return jdbc.sql("SELECT count(*) FROM concern_event WHERE status = 'RECEIVED'").query(Long.class).single();
    }

    private void awaitReceived(long expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (receivedCount() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private double[] latenciesMillis(List<String> references) {
        return jdbc.sql("SELECT EXTRACT(EPOCH FROM r.recorded_at - s.recorded_at) * 1000 AS millis "
                        + "FROM concern c JOIN concern_event s ON s.concern_id = c.id AND s.status = 'SUBMITTED' "
                        + "JOIN concern_event r ON r.concern_id = c.id AND r.status = 'RECEIVED' "
                        + "WHERE c.reference = ANY (?) ORDER BY millis")
                .param(references.toArray(String[]::new))
                .query((row, n) -> row.getDouble("millis")).list()
                .stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double percentile(double[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
