package uk.frontdoor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed attempts counted per key (an account, a client, an address): after {@code free} failures each further one
 * holds the key back for a wait that doubles from {@code firstWait} to {@code longestWait}. A success clears the key;
 * a key left alone for the longest wait is forgotten. In memory, per instance, like the API's rate limit.
 */
final class Backoff {

    /** Beyond this many keys, forgotten ones are swept out before a new one is counted. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final int free;
    private final Duration firstWait;
    private final Duration longestWait;
    private final Clock clock;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    Backoff(int free, Duration firstWait, Duration longestWait, Clock clock) {
        this.free = free;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.clock = clock;
    }

    /** How long the key must still wait; zero when it may try now. */
    Duration waitFor(String key) {
        Failures failures = byKey.get(key);
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), failures.last().plus(wait(failures.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    void failed(String key) {
        if (byKey.size() > SWEEP_ABOVE) {
            Instant forgotten = clock.instant().minus(longestWait);
            byKey.values().removeIf(failures -> failures.last().isBefore(forgotten));
        }
        Instant now = clock.instant();
        byKey.compute(key, (k, before) -> before == null || before.last().isBefore(now.minus(longestWait))
                ? new Failures(1, now) : new Failures(before.count() + 1, now));
    }

    void succeeded(String key) {
        byKey.remove(key);
    }

    private Duration wait(int count) {
        int doublings = Math.min(count - free, 20);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
