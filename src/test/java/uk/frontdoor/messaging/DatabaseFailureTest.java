package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import jakarta.jms.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Actuator;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The duty side's database refuses every new contact as a full disk does (SQLSTATE 53100, from a trigger) for
 * longer than the old quick retries lasted (about 4 s), then has room again: the consumer keeps trying, health
 * shows {@code consumers} DOWN meanwhile and UP after, nothing is parked and each contact lands once.
 */
class DatabaseFailureTest extends PortalTest {

    private static final Duration FULL_FOR = Duration.ofSeconds(7);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;
    @LocalServerPort int port;

    @Test
    void contacts_wait_through_a_full_database_disk_and_land_once_when_it_has_room_again() throws Exception {
        jdbc.sql("CREATE OR REPLACE FUNCTION test_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100'; END $$")
                .update();
        jdbc.sql("CREATE TRIGGER test_disk_full BEFORE INSERT ON duty_contact FOR EACH ROW EXECUTE FUNCTION test_disk_full()")
                .update();

        List<String> references = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            references.add(Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Dina", "Diskfull" + i)));
        }
        eventually("health shows the consumers DOWN", WAIT,
                () -> Actuator.health(port).contains(Actuator.component("consumers", "DOWN")));
        Thread.sleep(FULL_FOR.toMillis());
        assertThat(Actuator.health(port)).contains(Actuator.component("consumers", "DOWN"))
                .endsWith("\"status\":\"DOWN\"}");
        assertThat(parked(references)).as("nothing parked while the disk is full").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference IN (?, ?, ?, ?)")
                .params(references.toArray()).query(Long.class).single()).isZero();

        dropTrigger();

        for (String reference : references) {
            eventually(reference + " reaches the duty inbox and is received", WAIT, () -> count(
                    "SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                            + "WHERE c.reference = ? AND e.status = 'RECEIVED'", reference) == 1);
            assertThat(count("SELECT count(*) FROM duty_contact WHERE reference = ?", reference)).isEqualTo(1);
        }
        eventually("health shows the consumers UP again", WAIT,
                () -> Actuator.health(port).contains(Actuator.component("consumers", "UP")));
        assertThat(parked(references)).as("nothing parked").isEmpty();
    }

    @AfterEach
    void dropTrigger() {
        jdbc.sql("DROP TRIGGER IF EXISTS test_disk_full ON duty_contact").update();
    }

    private long count(String sql, String reference) {
        return jdbc.sql(sql).param(reference).query(Long.class).single();
    }

    private List<String> parked(List<String> references) {
        return jms.browse(Queues.DEAD_LETTERS, (session, browser) -> {
            List<String> found = new ArrayList<>();
            var messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                String body = ((Message) messages.nextElement()).getBody(String.class);
                references.stream().filter(body::contains).forEach(found::add);
            }
            return found;
        });
    }
}
