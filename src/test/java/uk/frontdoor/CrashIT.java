package uk.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testsupport.ConcernBurst;
import uk.frontdoor.testsupport.EmbeddedServer;
import uk.frontdoor.testsupport.PackagedPortal;

/**
 * Power cuts on the packaged jar: partner systems post concerns from several threads while the JVM and its embedded
 * PostgreSQL are killed together ({@code kill -9}), once mid-burst and once while the outbox drains. After each restart
 * on the same data directory, every request that got no 201 is sent again with the same Idempotency-Key. Nothing a
 * 201 promised may be lost, reissued or made twice.
 */
class CrashIT {

    static final Map<String, String> ENVIRONMENT = Map.of("FRONTDOOR_DEMO", "true", "FRONTDOOR_DEMO_MONTH", "false",
            "FRONTDOOR_API_RATE_LIMIT_PER_MINUTE", "100000");
    private static final int KEYS = 240;
    private static final int THREADS = 8;

    @Test
    void every_concern_answered_201_survives_two_power_cuts_once_for_its_child_and_reaches_the_duty_inbox() throws Exception {
        List<String> keys = IntStream.range(0, KEYS).mapToObj(i -> "crash-" + (1000 + i)).toList();
        ConcernBurst partners = new ConcernBurst();
        Path workingDirectory;
        int beforeFirstCut;
        int beforeSecondCut;
        int outboxAtSecondCut;

        try (PackagedPortal portal = PackagedPortal.start(ENVIRONMENT)) {
            workingDirectory = portal.workingDirectory();
            partners.start(portal.port(), keys.subList(0, 160), THREADS);
            await(() -> partners.answered().size() >= 60, Duration.ofSeconds(60));
            portal.killWithDatabase();
            partners.join();
            beforeFirstCut = partners.answered().size();
        }

        try (PackagedPortal portal = PackagedPortal.start(workingDirectory, ENVIRONMENT)) {
            partners.start(portal.port(), unanswered(keys, partners), THREADS);
            int target = partners.answered().size() + 60;
            int outbox = 0;
            try (Connection database = EmbeddedServer.database(workingDirectory)) {
                Instant deadline = Instant.now().plusSeconds(60);
                while (Instant.now().isBefore(deadline) && partners.running()
                        && (partners.answered().size() < target || outbox == 0)) {
                    outbox = count(database, "SELECT count(*) FROM int_channel_message");
                    Thread.sleep(20);
                }
            }
            portal.killWithDatabase();
            partners.join();
            outboxAtSecondCut = outbox;
            beforeSecondCut = partners.answered().size();
        }

        try (PackagedPortal portal = PackagedPortal.start(workingDirectory, ENVIRONMENT)) {
            Map<String, String> promised = new HashMap<>(partners.answered());
            // Every key again, with the same Idempotency-Key: those answered before must get their first reference.
            partners.start(portal.port(), keys, THREADS);
            partners.join();
            assertThat(partners.conflicts()).as("a key answered with two references").isEmpty();
            assertThat(partners.answered()).as("every key answered 201 at last").hasSize(KEYS);
            assertThat(partners.answered()).as("the references promised before the power cuts")
                    .containsAllEntriesOf(promised);

            try (Connection database = EmbeddedServer.database(workingDirectory)) {
                await(() -> count(database, "SELECT count(*) FROM int_channel_message") == 0
                        && count(database, "SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                                + "WHERE e.status = 'RECEIVED' AND c.child_name LIKE '% " + ConcernBurst.LAST_NAME + "'") >= KEYS,
                        Duration.ofSeconds(120));

                Map<String, String> childByReference = rows(database,
                        "SELECT reference, child_name FROM concern WHERE child_name LIKE ?");
                assertThat(childByReference).as("one concern for each key, none lost and none made twice").hasSize(KEYS);
                partners.answered().forEach((key, reference) -> assertThat(childByReference.get(reference))
                        .as("the child of %s (%s)", reference, key)
                        .isEqualTo(ConcernBurst.firstName(key) + " " + ConcernBurst.LAST_NAME));
                assertThat(Map.copyOf(partners.answered()).values()).as("no reference for two keys").doesNotHaveDuplicates();

                Map<String, String> inbox = rows(database, "SELECT reference, count(*)::text FROM duty_contact "
                        + "WHERE child_name LIKE ? GROUP BY reference");
                assertThat(inbox).as("each concern in the duty inbox").hasSize(KEYS).allSatisfy((reference, times) ->
                        assertThat(times).as(reference).isEqualTo("1"));
                Map<String, String> received = rows(database, "SELECT c.reference, count(*)::text FROM concern_event e "
                        + "JOIN concern c ON c.id = e.concern_id WHERE e.status = 'RECEIVED' AND c.child_name LIKE ? "
                        + "GROUP BY c.reference");
                assertThat(received).as("each concern shows received, once").hasSize(KEYS).allSatisfy((reference, times) ->
                        assertThat(times).as(reference).isEqualTo("1"));
                assertThat(count(database, "SELECT count(*) FROM int_channel_message")).as("the outbox").isZero();
            }
            assertThat(EmbeddedServer.queueDepth(portal.pid(), "dead-letters")).as("parked messages").isZero();
            System.out.printf("CrashIT: %d concerns; 201 before the first power cut %d, before the second %d "
                    + "(outbox %d waiting then); refusals %s%n", KEYS, beforeFirstCut, beforeSecondCut,
                    outboxAtSecondCut, partners.refusals());
        }
    }

    private static List<String> unanswered(List<String> keys, ConcernBurst partners) {
        return keys.stream().filter(key -> !partners.answered().containsKey(key)).toList();
    }

    static int count(Connection database, String sql) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    static Map<String, String> rows(Connection database, String sql) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            statement.setString(1, "% " + ConcernBurst.LAST_NAME);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getString(1), row.getString(2));
                }
            }
        }
        return rows;
    }

    interface Condition {
        boolean met() throws Exception;
    }

    static void await(Condition condition, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.met()) {
            assertThat(Instant.now()).as("waited %s s", limit.toSeconds()).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
