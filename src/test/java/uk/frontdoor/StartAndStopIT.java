package uk.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.CrashIT.await;
import static uk.frontdoor.CrashIT.count;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testsupport.ConcernBurst;
import uk.frontdoor.testsupport.EmbeddedServer;
import uk.frontdoor.testsupport.PackagedPortal;
import uk.frontdoor.testsupport.PartnerApiClient;

/**
 * The packaged jar's starts and stops: after {@code kill -9} of the JVM alone (its PostgreSQL left running, as after
 * the out-of-memory killer) the next start works at the first attempt; a stop (SIGTERM) ends in under 10 s and loses
 * nothing, also while the database is broken.
 */
class StartAndStopIT {

    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);

    @Test
    void after_a_kill_9_the_next_start_works_first_time_and_a_stop_takes_under_ten_seconds_losing_nothing() throws Exception {
        List<String> keys = IntStream.range(0, 40).mapToObj(i -> "stop-" + (1000 + i)).toList();
        ConcernBurst partners = new ConcernBurst();
        Path workingDirectory;

        try (PackagedPortal portal = PackagedPortal.start(CrashIT.ENVIRONMENT)) {
            workingDirectory = portal.workingDirectory();
            partners.start(portal.port(), keys.subList(0, 10), 2);
            partners.join();
            ProcessHandle database = portal.database();
            portal.kill();
            assertThat(database.isAlive()).as("PostgreSQL outlives a JVM killed with kill -9").isTrue();

            Instant restarting = Instant.now();
            try (PackagedPortal again = PackagedPortal.start(workingDirectory, CrashIT.ENVIRONMENT)) {
                Duration restart = Duration.between(restarting, Instant.now());
                assertThat(database.isAlive()).as("the earlier run's PostgreSQL was stopped").isFalse();
                assertThat(again.log()).contains("from an earlier run still runs on the data directory; stopping it");

                partners.start(again.port(), keys.subList(10, 40), 4);
                partners.join();
                Duration stop = again.stop();
                assertThat(stop).as("a stop (SIGTERM) just after a burst").isLessThan(STOP_LIMIT);
                System.out.printf("StartAndStopIT: start after kill -9 %d s; stop after a burst %d ms%n",
                        restart.toSeconds(), stop.toMillis());
            }
        }
        assertThat(partners.answered()).as("every concern answered 201").hasSize(40);

        try (PackagedPortal portal = PackagedPortal.start(workingDirectory, CrashIT.ENVIRONMENT)) {
            try (Connection database = EmbeddedServer.database(workingDirectory)) {
                await(() -> count(database, "SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                        + "WHERE e.status = 'RECEIVED' AND c.child_name LIKE '% " + ConcernBurst.LAST_NAME + "'") == 40
                        && count(database, "SELECT count(*) FROM int_channel_message") == 0, Duration.ofSeconds(60));
                assertThat(count(database, "SELECT count(*) FROM duty_contact WHERE child_name LIKE '% "
                        + ConcernBurst.LAST_NAME + "'")).as("every concern in the duty inbox once").isEqualTo(40);
            }
            // The database breaks (its server killed), a partner's request is waiting for it, and the portal is stopped.
            String token = new PartnerApiClient(portal.port()).token(ConcernBurst.CLIENT, ConcernBurst.SECRET);
            List<ProcessHandle> postgres = new java.util.ArrayList<>(portal.database().descendants().toList());
            postgres.add(portal.database());
            postgres.forEach(ProcessHandle::destroyForcibly);
            ConcernBurst waiting = new ConcernBurst();
            waiting.start(portal.port(), token, List.of("stop-broken"), 1);
            Thread.sleep(500);
            Duration stop = portal.stop();
            assertThat(stop).as("a stop while the database is broken").isLessThan(STOP_LIMIT);
            System.out.printf("StartAndStopIT: stop with the database broken %d ms%n", stop.toMillis());
            // Three runs, a kill -9 and a database killed under a waiting request: nothing about a child is logged.
            assertThat(portal.log()).as("the portal's log").doesNotContain(ConcernBurst.LAST_NAME)
                    .doesNotContain("Station Road").doesNotContain("hungry every day");
        }
    }
}
