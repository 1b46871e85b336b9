package uk.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The demo clock reads a step's moment and runs on from it, in every zone, until it is put back to the real time. */
class DemoClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void runs_from_the_moment_it_is_given_then_back_to_the_real_time() throws InterruptedException {
        DemoClock clock = new DemoClock(Clock.system(LONDON));
        Instant then = Instant.now().minus(Duration.ofDays(12));
        clock.runFrom(then);
        Instant first = clock.instant();
        assertThat(Duration.between(then, first)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        Thread.sleep(5);
        assertThat(clock.instant()).as("it keeps ticking").isAfter(first);
        assertThat(Duration.between(then, clock.withZone(ZoneId.of("UTC")).instant()))
                .as("in another zone too").isBetween(Duration.ZERO, Duration.ofSeconds(1));
        assertThat(clock.getZone()).isEqualTo(LONDON);

        clock.real();
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(1));
    }
}
