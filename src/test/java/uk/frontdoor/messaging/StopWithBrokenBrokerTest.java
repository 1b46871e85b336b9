package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.Application;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * A stop while the broker is broken still ends within the grace period: the embedded broker has stopped on a journal
 * IO error (as on a full disk) and is held down, concerns wait in the outbox, and the portal is told to stop. The
 * relay and the consumers must not wait for a broker that is not coming back. The concerns are still in the outbox
 * afterwards, for the next start to relay.
 */
@Tag("own-jvm")
class StopWithBrokenBrokerTest {

    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);

    @Test
    void a_stop_while_the_broker_is_down_ends_in_under_ten_seconds_and_keeps_the_waiting_concerns() throws Exception {
        Path data = PortalTest.freshDataDirectory();
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class).run(
                "--frontdoor.data-directory=" + data, "--server.port=0", "--frontdoor.demo=true",
                // held down for longer than the test: the broker does not come back before the stop
                "--frontdoor.broker.recovery.first-gap=10m");
        JdbcClient jdbc = portal.getBean(JdbcClient.class);
        EmbeddedActiveMQ broker = portal.getBean(EmbeddedActiveMQ.class);

        broker.getActiveMQServer().getStorageManager().criticalError(new IOException("No space left on device"));
        eventually("the broker has stopped", Duration.ofSeconds(20), () -> !broker.getActiveMQServer().isActive());
        for (int i = 0; i < 3; i++) {
            Concerns.raise(portal.getBean(ConcernDrafts.class), portal.getBean(ConcernService.class),
                    DemoUser.TEACHER, Answers.complete("Wren", "Waiting" + i));
        }
        long waiting = jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single();
        assertThat(waiting).as("the concerns wait in the outbox").isGreaterThanOrEqualTo(3);

        long stopping = System.nanoTime();
        portal.close();
        Duration stop = Duration.ofNanos(System.nanoTime() - stopping);
        System.out.printf("StopWithBrokenBrokerTest: stop with the broker down %d ms%n", stop.toMillis());
        assertThat(stop).as("a stop while the broker is down").isLessThan(STOP_LIMIT);

        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(Application.class).run(
                "--frontdoor.data-directory=" + data, "--server.port=0", "--frontdoor.demo=true")) {
            JdbcClient database = again.getBean(JdbcClient.class);
            eventually("the waiting concerns are relayed after the next start", Duration.ofSeconds(60),
                    () -> database.sql("SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                            + "WHERE c.child_name LIKE 'Wren %' AND e.status = 'RECEIVED'").query(Long.class)
                            .single() == 3);
        }
    }
}
