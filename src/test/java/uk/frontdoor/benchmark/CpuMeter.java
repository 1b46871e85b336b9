package uk.frontdoor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the embedded PostgreSQL server (its postmaster and every backend, read from
 * Linux's /proc), so a run can say what each concern costs in CPU: a figure that does not depend on how busy the
 * machine was, unlike a rate.
 */
final class CpuMeter {

    /** Linux's clock ticks per second for /proc times; 100 on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100;

    private final Optional<Long> postmaster;

    private CpuMeter(Optional<Long> postmaster) {
        this.postmaster = postmaster;
    }

    /** Finds the server that keeps its {@code postmaster.pid} under the portal's data directory. */
    static CpuMeter forDataDirectory(Path data) {
        try (Stream<Path> files = Files.walk(data, 4)) {
            return new CpuMeter(files.filter(file -> file.getFileName().toString().equals("postmaster.pid")).findFirst()
                    .map(CpuMeter::firstLine).map(Long::parseLong));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reading: seconds of CPU so far, the JVM's and the database's (NaN where /proc cannot tell). */
    Reading read() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return new Reading(jvm, postmaster.map(CpuMeter::serverSeconds).orElse(Double.NaN));
    }

    record Reading(double jvmSeconds, double databaseSeconds) {
        String perItem(Reading before, long items) {
            return String.format("JVM %.2f ms, PostgreSQL %.2f ms", (jvmSeconds - before.jvmSeconds) * 1000 / items,
                    (databaseSeconds - before.databaseSeconds) * 1000 / items);
        }
    }

    /** The postmaster's own and its reaped children's time, plus every backend still running. */
    private static double serverSeconds(long pid) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long ticks = processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(dir -> ticks(dir, pid)).sum();
            return ticks / TICKS_PER_SECOND;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static long ticks(Path process, long postmaster) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // After the command name in parentheses: state ppid ... utime(14) stime(15) cutime(16) cstime(17)
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            long parent = Long.parseLong(fields[1]);
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (pid == postmaster) {
                return own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return parent == postmaster ? own : 0;
        } catch (IOException | RuntimeException gone) {
            return 0; // a process that ended while we read
        }
    }

    private static String firstLine(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().orElseThrow().trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
