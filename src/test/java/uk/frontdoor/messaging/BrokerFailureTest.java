package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import uk.frontdoor.Application;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Actuator;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PlantedChild;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The embedded broker's journal fails as on a full disk: the journal reports a critical IO error, exactly the call
 * Artemis's journal makes when a write fails (AMQ222010), and the broker shuts itself down. Health says so within moments
 * and still answers; concerns accepted meanwhile wait in the outbox, none parked; the broker comes back by itself (held
 * down here for 4 seconds, as a disk still full would) and everything is relayed once, acknowledgements included.
 */
@Tag("own-jvm")
@ExtendWith(OutputCaptureExtension.class)
class BrokerFailureTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void a_broker_stopped_by_a_journal_io_error_shows_down_keeps_every_concern_and_heals_without_a_restart(
            CapturedOutput output) throws Exception {
        Path data = PortalTest.freshDataDirectory();
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class).run(
                "--frontdoor.data-directory=" + data, "--server.port=0", "--frontdoor.demo=true",
                "--frontdoor.management.health-token=" + Actuator.HEALTH_TOKEN,
                "--frontdoor.broker.recovery.first-gap=4s",
                "--frontdoor.outbound.retry.first-gap=100", "--frontdoor.outbound.retry.longest-gap=400")) {
            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
            JdbcClient jdbc = portal.getBean(JdbcClient.class);
            ConcernDrafts drafts = portal.getBean(ConcernDrafts.class);
            ConcernService concerns = portal.getBean(ConcernService.class);
            EmbeddedActiveMQ broker = portal.getBean(EmbeddedActiveMQ.class);

            String before = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Bea", "Before"));
            eventually("the first concern is received", WAIT, () -> received(jdbc, before));
            assertThat(Actuator.health(port)).contains(Actuator.component("broker", "UP"));

            broker.getActiveMQServer().getStorageManager().criticalError(new IOException("No space left on device"));

            // Artemis stops itself on a thread of its own, so DOWN comes moments later, not inside this call.
            eventually("health shows the broker down", Duration.ofSeconds(10), () -> {
                long asked = System.nanoTime();
                String health = Actuator.health(port);
                assertThat(Duration.ofNanos(System.nanoTime() - asked))
                        .as("health answers within its indicators' time limit, although the JMS check hangs")
                        .isLessThan(Duration.ofSeconds(5));
                return health.contains(Actuator.component("broker", "DOWN"))
                        && health.endsWith("\"status\":\"DOWN\"}");
            });

            List<String> during = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                // the planted child: with the broker down, nothing about them may reach the log
                during.add(Concerns.raise(drafts, concerns, DemoUser.TEACHER, PlantedChild.concern("During" + i)));
            }
            assertThat(Actuator.health(port)).contains(Actuator.component("broker", "DOWN"));
            assertThat(jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single())
                    .as("every concern accepted while the broker is down waits in the outbox").isGreaterThanOrEqualTo(5);

            eventually("the broker is back, without a restart of the portal", WAIT,
                    () -> Actuator.health(port).contains(Actuator.component("broker", "UP")));
            assertThat(portal.getBean(EmbeddedBrokerRecovery.class).restarts()).isEqualTo(1);
            for (String reference : during) {
                eventually(reference + " is received", WAIT, () -> received(jdbc, reference));
            }
            eventually("the outbox is empty", WAIT,
                    () -> jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single() == 0);
            for (String reference : during) {
                assertThat(jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference)
                        .query(Long.class).single()).as("relayed once").isEqualTo(1);
                assertThat(jdbc.sql("SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                                + "WHERE c.reference = ? AND e.status = 'RECEIVED'").param(reference)
                        .query(Long.class).single()).as("received once").isEqualTo(1);
            }
            JmsTemplate jms = portal.getBean(JmsTemplate.class);
            Boolean parked = jms.browse(Queues.DEAD_LETTERS,
                    (session, browser) -> browser.getEnumeration().hasMoreElements());
            assertThat(parked).as("nothing parked").isFalse();
            eventually("health is UP again", WAIT, () -> Actuator.health(port).endsWith("\"status\":\"UP\"}"));
            PlantedChild.assertNoneIn("the log of a broker outage and its recovery", output.getAll());
        }
    }

    private static boolean received(JdbcClient jdbc, String reference) {
        return jdbc.sql("SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                + "WHERE c.reference = ? AND e.status = 'RECEIVED'").param(reference).query(Long.class).single() == 1;
    }
}
