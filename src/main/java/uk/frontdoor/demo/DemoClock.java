package uk.frontdoor.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's clock in demo-month mode only: the real clock, except while the demo month is generated, when it runs
 * from the moment each step happened in the made-up month. It keeps ticking from that moment (never stands still), so
 * the services and the routes' consumers stamp each step as they always do, with the step's own time.
 */
final class DemoClock extends Clock {

    private final Clock real;
    /** Shared with this clock in other zones, so each reads the same moment. */
    private final AtomicReference<Duration> shift;

    DemoClock(Clock real) {
        this(real, new AtomicReference<>(Duration.ZERO));
    }

    private DemoClock(Clock real, AtomicReference<Duration> shift) {
        this.real = real;
        this.shift = shift;
    }

    /** From now on the clock reads {@code at}, then runs on from it. */
    void runFrom(Instant at) {
        shift.set(Duration.between(real.instant(), at));
    }

    /** Back to the real time. */
    void real() {
        shift.set(Duration.ZERO);
    }

    Instant realInstant() {
        return real.instant();
    }

    @Override
    public Instant instant() {
        return real.instant().plus(shift.get());
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(real.withZone(zone), shift);
    }
}
