package uk.frontdoor.messaging;

import java.time.Duration;

/** The waits between attempts after the broker or database failed: doubling from the first, up to the longest. */
final class Gaps {

    /** For the outbox relay and the batched intake: short, since most failures are a restart. */
    static final Duration FIRST = Duration.ofMillis(200);
    static final Duration LONGEST = Duration.ofSeconds(5);

    private Gaps() {
    }

    static Duration doubled(Duration gap, Duration longest) {
        Duration twice = gap.multipliedBy(2);
        return twice.compareTo(longest) > 0 ? longest : twice;
    }
}
