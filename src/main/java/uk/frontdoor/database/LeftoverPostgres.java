package uk.frontdoor.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by an earlier run whose JVM was killed ({@code kill -9},
 * an out-of-memory kill): the postmaster outlives the JVM, holds {@code postmaster.pid}, and a new server on the same
 * directory refuses to start. Before the embedded server starts, this stops such a leftover (fast shutdown: its
 * sessions died with the old JVM, so it checkpoints and exits in a moment; immediate shutdown if it does not) and
 * removes a pid file that no PostgreSQL for this directory holds. It never signals a process that is not a postgres
 * started on this very directory, nor one that a running portal still uses (zonky's lock on the directory).
 */
final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);
    static final String PID_FILE = "postmaster.pid";
    private static final String ZONKY_LOCK = "epg-lock";
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(15);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(10);

    private LeftoverPostgres() {
    }

    static void stopAny(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = pidIn(pidFile).flatMap(ProcessHandle::of)
                .filter(process -> isPostgresFor(process, dataDirectory));
        if (leftover.isPresent()) {
            ProcessHandle postmaster = leftover.get();
            if (inUse(dataDirectory)) {
                throw new IllegalStateException("The data directory's PostgreSQL (pid " + postmaster.pid()
                        + ") belongs to a portal that is running: two portals cannot share one data directory");
            }
            log.warn("A PostgreSQL server (pid {}) from an earlier run still runs on the data directory; stopping it",
                    postmaster.pid());
            if (!signalAndWait(postmaster, "INT", FAST_SHUTDOWN)
                    && !signalAndWait(postmaster, "QUIT", IMMEDIATE_SHUTDOWN)) {
                throw new IllegalStateException("The PostgreSQL server left running by an earlier run (pid "
                        + postmaster.pid() + ") did not stop; stop it, then start the portal again");
            }
            log.info("The earlier run's PostgreSQL server (pid {}) has stopped", postmaster.pid());
        }
        // A pid file left by a server that is gone (power cut, SIGKILL): its pid may now belong to another process,
        // which PostgreSQL cannot tell from a live server, so the file goes once no postgres for this directory holds it.
        Optional<ProcessHandle> holder = pidIn(pidFile).flatMap(ProcessHandle::of)
                .filter(process -> isPostgresFor(process, dataDirectory));
        if (holder.isEmpty() && Files.deleteIfExists(pidFile)) {
            log.info("Removed a stale {} that no PostgreSQL server holds", PID_FILE);
        }
    }

    /**
     * Whether a living process still has the embedded database open: zonky holds a lock on {@code epg-lock} in the
     * data directory while it runs, which the operating system releases when that process dies, however it dies.
     */
    private static boolean inUse(Path dataDirectory) throws IOException {
        try (FileChannel lockFile = FileChannel.open(dataDirectory.resolve(ZONKY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return true;
        }
    }

    /** The first line of postmaster.pid; empty when the file is gone, empty or half written. */
    static Optional<Long> pidIn(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** Alive, a {@code postgres} executable, and started with {@code -D} naming this data directory. */
    static boolean isPostgresFor(ProcessHandle process, Path dataDirectory) {
        if (!process.isAlive()) {
            return false;
        }
        List<String> commandLine = commandLine(process);
        if (commandLine.isEmpty() || !Path.of(commandLine.getFirst()).getFileName().toString().equals("postgres")) {
            return false;
        }
        int flag = commandLine.indexOf("-D");
        return flag >= 0 && flag + 1 < commandLine.size() && sameDirectory(Path.of(commandLine.get(flag + 1)), dataDirectory);
    }

    private static List<String> commandLine(ProcessHandle process) {
        Path procCommandLine = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(procCommandLine)) {
                return Arrays.stream(Files.readString(procCommandLine, StandardCharsets.UTF_8).split("\0"))
                        .filter(argument -> !argument.isEmpty()).toList();
            }
        } catch (IOException gone) {
            return List.of();
        }
        ProcessHandle.Info info = process.info();
        if (info.command().isEmpty()) {
            return List.of();
        }
        List<String> arguments = info.arguments().map(List::of).orElse(List.of());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(info.command().get()), arguments.stream()).toList();
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static boolean signalAndWait(ProcessHandle process, String signal, Duration limit) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            Instant deadline = Instant.now().plus(limit);
            while (process.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping an earlier run's PostgreSQL server", e);
        }
        return !process.isAlive();
    }
}
