package uk.frontdoor.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar as a council runs it: {@code java -jar} in its own process, from a fresh working directory (so
 * {@code ./data} is new), with no flags, only the environment variables the README documents. Its output goes to
 * {@code portal.log} in that directory.
 */
public final class PackagedPortal implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private final Process process;
    private final Path workingDirectory;
    private final int port;

    private PackagedPortal(Process process, Path workingDirectory, int port) {
        this.process = process;
        this.workingDirectory = workingDirectory;
        this.port = port;
    }

    /** The jar Maven packaged: failsafe passes its path; fails, never skips, when it is missing. */
    public static Path jar() {
        String path = System.getProperty("frontdoor.packaged-jar", "target/frontdoor-portal-0.1.0-SNAPSHOT.jar");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            fail("No packaged jar at " + path + ": run this test through `mvn verify`, after `package`.");
        }
        return Path.of(path);
    }

    /** Starts the jar in a fresh folder and waits until it is healthy; fails if it stops or is not healthy in time. */
    public static PackagedPortal start(Map<String, String> environment) {
        return start(freshFolder(), environment);
    }

    /** Several instances at once, as a load balancer's pool starts: each in its own fresh folder, all healthy. */
    public static List<PackagedPortal> startTogether(int instances, Map<String, String> environment) {
        List<PackagedPortal> portals = java.util.stream.IntStream.range(0, instances)
                .mapToObj(i -> launch(freshFolder(), environment)).toList();
        try {
            portals.forEach(PackagedPortal::awaitHealthy);
        } catch (AssertionError | RuntimeException e) {
            portals.forEach(PackagedPortal::close);
            throw e;
        }
        return portals;
    }

    /** Starts the jar expecting it to refuse: waits for it to stop by itself and gives what it logged. */
    public static String refusedStart(Map<String, String> environment) {
        PackagedPortal portal = launch(freshFolder(), environment);
        try {
            if (!portal.process.waitFor(START_LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                portal.close();
                fail("The packaged portal was expected to refuse to start, but it was still running after "
                        + START_LIMIT.toSeconds() + " s:\n" + portal.tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (portal.process.exitValue() == 0) {
            fail("The packaged portal stopped with exit 0 instead of refusing:\n" + portal.tail());
        }
        return portal.log();
    }

    private static Path freshFolder() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "packaged-portal-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Started again in an earlier run's working directory, so on its {@code ./data}; it logs to the same file. */
    public static PackagedPortal start(Path workingDirectory, Map<String, String> environment) {
        PackagedPortal portal = launch(workingDirectory, environment);
        portal.awaitHealthy();
        return portal;
    }

    private static PackagedPortal launch(Path workingDirectory, Map<String, String> environment) {
        try {
            // A free port, unless the test needs a known one (an identity provider's redirect address names it).
            int port = environment.containsKey("PORT") ? Integer.parseInt(environment.get("PORT")) : FreePort.any();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar", jar().toAbsolutePath().toString()))
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(workingDirectory.resolve("portal.log").toFile()));
            builder.environment().put("PORT", Integer.toString(port));
            builder.environment().putAll(environment);
            return new PackagedPortal(builder.start(), workingDirectory, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public long pid() {
        return process.pid();
    }

    /** Its embedded PostgreSQL server (the postmaster), as its pid file names it. */
    public ProcessHandle database() {
        return EmbeddedServer.postmaster(workingDirectory);
    }

    /** {@code kill -9} of the JVM alone, as the out-of-memory killer does: its PostgreSQL is left running. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** A power cut: {@code kill -9} of the JVM, its PostgreSQL server and every backend at once. */
    public void killWithDatabase() {
        ProcessHandle postmaster = database();
        List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        process.destroyForcibly();
        all.forEach(ProcessHandle::destroyForcibly);
        awaitExit();
        all.forEach(each -> each.onExit().join());
    }

    /** SIGTERM, as a service manager stops it; the time until the process has ended (failing after a minute). */
    public Duration stop() {
        Instant asked = Instant.now();
        process.destroy();
        awaitExit();
        return Duration.between(asked, Instant.now());
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail("The packaged portal had not ended a minute after it was stopped:\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String log() {
        try {
            return Files.readString(workingDirectory.resolve("portal.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        Answering.await("The packaged portal", process, URI.create("http://localhost:" + port + "/actuator/health"),
                START_LIMIT, this::log, this::close);
    }

    private String tail() {
        return Answering.tail(log());
    }

    /** A graceful stop (SIGTERM), as a service manager does; forced only if it has not ended in a minute. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
