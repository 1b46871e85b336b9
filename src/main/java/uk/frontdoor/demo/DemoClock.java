package uk.frontdoor.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The portal's clock in demo-month mode only: the real clock, except while the demo month is generated, when it runs
 * from the moment each step happened in the made-up month. It keeps ticking from that moment (never stands still), so
 * the services and the routes' consumers stamp each step as they always do, with the step's own time.
 */
final class DemoClock extends Clock {

    private final Clock real;
    private volatile Duration shift = Duration.ZERO;

    DemoClock(Clock real) {
        this.real = real;
    }

    /** From now on the clock reads {@code at}, then runs on from it. */
    void runFrom(Instant at) {
        shift = Duration.between(real.instant(), at);
    }

    /** Back to the real time. */
    void real() {
        shift = Duration.ZERO;
    }

    Instant realInstant() {
        return real.instant();
    }

    @Override
    public Instant instant() {
        return real.instant().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return real.withZone(zone);
    }
}
