package uk.frontdoor.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Response times per step of a climbing load, so a run can say at which rate the portal stayed within its budget:
 * Gatling's own report gives percentiles for the whole run, not per step.
 */
final class LoadLevels {

    enum Request { SUBMIT, READ }

    private record Sample(Request request, int millis, boolean failed) {
    }

    private final Duration warmUp;
    private final Duration level;
    private final int first;
    private final int step;
    private final double budgetMillis;
    private final Map<Integer, List<Sample>> samples = new ConcurrentHashMap<>();
    private volatile long startNanos;
    private volatile boolean pastBudget;
    /** The last step judged; -1 before the first is over. */
    private final java.util.concurrent.atomic.AtomicInteger judged = new java.util.concurrent.atomic.AtomicInteger(-1);

    /** @param warmUp a first stretch at the first rate that is not measured: the JIT compiles the path meanwhile */
    LoadLevels(Duration warmUp, Duration level, int first, int step, double budgetMillis) {
        this.warmUp = warmUp;
        this.level = level;
        this.first = first;
        this.step = step;
        this.budgetMillis = budgetMillis;
    }

    void start() {
        startNanos = System.nanoTime();
    }

    void record(Request request, int millis, boolean failed) {
        long measured = System.nanoTime() - startNanos - warmUp.toNanos();
        if (measured < 0) {
            return;
        }
        int index = (int) (measured / level.toNanos());
        List<Sample> list = samples.computeIfAbsent(index, key -> java.util.Collections.synchronizedList(new ArrayList<>()));
        list.add(new Sample(request, millis, failed));
        // Judge each step once, when the next begins, on all of it (not on every request: sorting is not free).
        if (index > judged.get() + 1 && judged.compareAndSet(judged.get(), index - 1)) {
            pastBudget = pastBudget || !held(figures(index - 1), index - 1);
        }
    }

    boolean pastBudget() {
        return pastBudget;
    }

    String report() {
        StringBuilder report = new StringBuilder(String.format(
                "%nPartner API over HTTP, %d s a step (each concern: one POST, then one GET of its status)%n", level.toSeconds()));
        report.append(String.format("  %-14s %-12s %-26s %-10s %s%n", "concerns/s", "done/s", "POST p50 / p95 / p99 ms",
                "GET p99", "errors"));
        Figures sustained = null;
        boolean held = true;
        for (int index : new TreeMap<>(samples).keySet()) {
            Figures figures = figures(index);
            report.append(String.format("  %-14d %-12.0f %-26s %-10.0f %d%n", rate(index),
                    figures.concerns / (double) level.toSeconds(),
                    String.format("%.0f / %.0f / %.0f", figures.submitP50, figures.submitP95, figures.submitP99),
                    figures.readP99, figures.errors));
            // The sustained rate is the last step of an unbroken run of steps that kept up within budget.
            held = held && held(figures, index);
            if (held) {
                sustained = figures;
            }
        }
        report.append(sustained == null ? "  No step stayed within p99 " + (int) budgetMillis + " ms without errors.%n"
                : String.format("  Sustained: %d concerns/s (p50 %.0f ms, p95 %.0f ms, p99 %.0f ms for the POST, no errors)%n",
                        rate(sustained.index), sustained.submitP50, sustained.submitP95, sustained.submitP99));
        return report.toString().formatted();
    }

    private int rate(int index) {
        return first + index * step;
    }

    /** Within budget, without errors, and keeping up: at least 90% of the step's offered concerns were answered. */
    private boolean held(Figures figures, int index) {
        return figures != null && figures.withinBudget(budgetMillis)
                && figures.concerns >= 0.9 * rate(index) * level.toSeconds();
    }

    private Figures figures(int index) {
        List<Sample> list = samples.get(index);
        if (list == null) {
            return null;
        }
        List<Sample> copy;
        synchronized (list) {
            copy = new ArrayList<>(list);
        }
        int[] submits = copy.stream().filter(s -> s.request == Request.SUBMIT && !s.failed).mapToInt(Sample::millis).sorted().toArray();
        int[] reads = copy.stream().filter(s -> s.request == Request.READ && !s.failed).mapToInt(Sample::millis).sorted().toArray();
        long errors = copy.stream().filter(Sample::failed).count();
        return new Figures(index, submits.length, errors, percentile(submits, 50), percentile(submits, 95),
                percentile(submits, 99), percentile(reads, 99));
    }

    private record Figures(int index, int concerns, long errors, double submitP50, double submitP95, double submitP99,
            double readP99) {
        boolean withinBudget(double budget) {
            return errors == 0 && submitP99 <= budget && readP99 <= budget;
        }
    }

    private static double percentile(int[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
