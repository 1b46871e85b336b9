package uk.frontdoor.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waiting for a server a test started as its own process to answer 200 at an address, or failing with its log. */
final class Answering {

    private Answering() {
    }

    /**
     * Polls twice a second; fails with the end of the log when the process stops or the limit passes.
     * @param what the server, for the failure message
     * @param onTimeout run before failing when the limit passed (to stop the process)
     */
    static void await(String what, Process process, URI address, Duration limit, Supplier<String> log, Runnable onTimeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail(what + " stopped while starting (exit " + process.exitValue() + "):\n" + tail(log.get()));
            }
            try {
                if (http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        onTimeout.run();
        fail(what + " was not ready within " + limit.toSeconds() + " s:\n" + tail(log.get()));
    }

    /** The last 40 lines. */
    static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", java.util.List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }
}
