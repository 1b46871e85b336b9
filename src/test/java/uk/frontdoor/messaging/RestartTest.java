package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import java.nio.file.Path;
import java.time.Duration;
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
 * The portal stops after a concern is committed but before its message is relayed, and starts again on the
 * same data: the concern still reaches the duty inbox. Two real application runs on one data directory.
 */
@Tag("own-jvm")
class RestartTest {

    @Test
    void a_concern_committed_before_a_stop_is_relayed_after_the_restart() {
        Path data = PortalTest.freshDataDirectory();
        String reference;
        try (ConfigurableApplicationContext first = start(data, false)) {
            reference = Concerns.raise(first.getBean(ConcernDrafts.class), first.getBean(ConcernService.class),
                    DemoUser.TEACHER, Answers.complete("Cara", "Restart"));
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single())
                    .as("the contact waits in the outbox").isEqualTo(1);
        }
        try (ConfigurableApplicationContext second = start(data, true)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            eventually("the contact reaches the duty inbox", Duration.ofSeconds(30), () ->
                    jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference)
                            .query(Long.class).single() == 1);
            eventually("the outbox is empty", Duration.ofSeconds(30), () ->
                    jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single() == 0);
        }
    }

    private static ConfigurableApplicationContext start(Path data, boolean relay) {
        return new SpringApplicationBuilder(Application.class).run(
                "--frontdoor.data-directory=" + data,
                "--frontdoor.demo=true",
                "--frontdoor.relay.enabled=" + relay,
                "--server.port=0",
                // A second embedded broker in this JVM beside the shared test context's.
                "--spring.artemis.embedded.server-id=7");
    }
}
