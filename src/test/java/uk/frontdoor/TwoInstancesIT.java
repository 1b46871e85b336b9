package uk.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.CrashIT.await;
import static uk.frontdoor.CrashIT.count;
import static uk.frontdoor.CrashIT.rows;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testsupport.ConcernBurst;
import uk.frontdoor.testsupport.PackagedPortal;
import uk.frontdoor.testsupport.PhoneBrowser;
import uk.frontdoor.testsupport.StandaloneBroker;
import uk.frontdoor.testsupport.StandalonePostgres;

/**
 * Past one machine (README): two packaged portals, A and B, on one PostgreSQL server and one Artemis broker, each in
 * a process of its own started here (no Docker). A concern posted on A appears live in a duty inbox open on B; both
 * instances' consumers take contacts off the shared queue and each is recorded once; the retention sweep runs once
 * a turn, not once on each; and A killed ({@code kill -9}) mid-burst loses nothing that was answered 201.
 */
class TwoInstancesIT {

    private static final int KEYS = 120;
    private static final int THREADS = 6;
    private static final Duration SWEEP_GAP = Duration.ofSeconds(3);
    private static final Pattern RECORDED = Pattern.compile("Recorded (FD-\\S+) in the duty inbox");

    @Test
    void two_instances_share_the_inbox_live_compete_for_contacts_sweep_once_and_lose_nothing_when_one_is_killed()
            throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "two-instances-");
        try (StandalonePostgres database = StandalonePostgres.start(data.resolve("postgres"));
                StandaloneBroker broker = StandaloneBroker.start(data.resolve("artemis"))) {
            Map<String, String> environment = new HashMap<>(CrashIT.ENVIRONMENT);
            environment.putAll(database.portalEnvironment());
            environment.putAll(broker.portalEnvironment());
            // A sweep turn every 5 s on both (hourly in production), and which instance recorded which contact.
            environment.put("FRONTDOOR_RETENTION_SCHEDULE", "*/5 * * * * *");
            environment.put("FRONTDOOR_RETENTION_MIN_GAP", SWEEP_GAP.toSeconds() + "s");
            environment.put("SPRING_APPLICATION_JSON", """
                    {"logging.level.uk.frontdoor.council.duty.ContactIntake": "DEBUG",
                     "logging.level.uk.frontdoor.retention.RetentionSweep": "DEBUG"}""");

            List<PackagedPortal> portals = PackagedPortal.startTogether(2, environment);
            try (PackagedPortal a = portals.get(0); PackagedPortal b = portals.get(1);
                    Connection db = database.connect()) {
                int expired = plantExpiredIdempotencyKeys(db);

                String live = concernOnADutyInboxOpenOnBSees(a, b);

                ConcernBurst partners = new ConcernBurst();
                List<String> keys = IntStream.range(0, KEYS).mapToObj(i -> "two-" + (1000 + i)).toList();
                partners.start(a.port(), keys, THREADS);
                await(() -> partners.answered().size() >= 40, Duration.ofSeconds(60));
                a.kill();
                partners.join();
                Map<String, String> promised = new HashMap<>(partners.answered());
                // The load balancer sends the retries to B, with the same Idempotency-Keys.
                partners.start(b.port(), keys, THREADS);
                partners.join();
                assertThat(partners.conflicts()).as("a key answered with two references").isEmpty();
                assertThat(partners.answered()).as("every key answered 201 at last").hasSize(KEYS)
                        .containsAllEntriesOf(promised);

                // Until every acknowledgement is back too: an empty outbox can still have them on the broker.
                await(() -> count(db, "SELECT count(*) FROM int_channel_message") == 0
                        && count(db, "SELECT count(*) FROM duty_contact WHERE child_name LIKE '% "
                                + ConcernBurst.LAST_NAME + "'") >= KEYS + 1
                        && count(db, "SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                                + "WHERE e.status = 'RECEIVED' AND c.child_name LIKE '% " + ConcernBurst.LAST_NAME + "'")
                                >= KEYS + 1, Duration.ofSeconds(90));
                Map<String, String> inbox = rows(db, "SELECT reference, count(*)::text FROM duty_contact "
                        + "WHERE child_name LIKE ? GROUP BY reference");
                assertThat(inbox).as("each concern in the duty inbox once").hasSize(KEYS + 1)
                        .containsKeys(partners.answered().values().toArray(String[]::new)).containsKey(live)
                        .allSatisfy((reference, times) -> assertThat(times).as(reference).isEqualTo("1"));
                Map<String, String> received = rows(db, "SELECT c.reference, count(*)::text FROM concern_event e "
                        + "JOIN concern c ON c.id = e.concern_id WHERE e.status = 'RECEIVED' AND c.child_name LIKE ? "
                        + "GROUP BY c.reference");
                assertThat(received).as("each concern shows received, once").hasSize(KEYS + 1)
                        .allSatisfy((reference, times) -> assertThat(times).as(reference).isEqualTo("1"));

                List<String> onA = recorded(a.log());
                List<String> onB = recorded(b.log());
                assertThat(onA).as("contacts A's consumers recorded before it was killed").isNotEmpty();
                assertThat(onB).as("contacts B's consumers recorded").isNotEmpty();
                List<String> both = new ArrayList<>(onA);
                both.addAll(onB);
                assertThat(both).as("every contact recorded by one of them").containsAll(inbox.keySet());

                await(() -> sweeps(db).size() >= 3, Duration.ofSeconds(30));
                List<Instant> sweeps = sweeps(db);
                assertThat(count(db, "SELECT count(*) FROM api_idempotency_key WHERE idempotency_key LIKE 'expired-%'"))
                        .as("expired Idempotency-Keys left").isZero();
                for (int i = 1; i < sweeps.size(); i++) {
                    assertThat(Duration.between(sweeps.get(i - 1), sweeps.get(i))).as("time between sweeps %d and %d", i, i + 1)
                            .isGreaterThanOrEqualTo(SWEEP_GAP);
                }
                // The other instance's turn: the lock still held, or released with this turn's sweep recorded.
                assertThat(a.log() + b.log()).as("a turn that did nothing")
                        .containsPattern("Retention sweep: (another instance is sweeping|already swept at)");

                System.out.printf("TwoInstancesIT: %d concerns + 1 live; 201 from A before kill -9 %d; contacts recorded "
                        + "on A %d, on B %d; %d sweeps (%d expired keys deleted); refusals %s%n", KEYS, promised.size(),
                        onA.size(), onB.size(), sweeps.size(), expired, partners.refusals());
            }
        }
    }

    /** A duty social worker signed in on B with the inbox open; a partner system posts on A; no reload on B. */
    private static String concernOnADutyInboxOpenOnBSees(PackagedPortal a, PackagedPortal b) throws Exception {
        try (PhoneBrowser phone = PhoneBrowser.open(Path.of("target", "screenshots", "two-instances"))) {
            phone.signIn(b.port(), "duty");
            phone.open(b.port(), "duty");
            phone.expectHeading("Duty inbox");
            phone.page().evaluate("() => window.fdSamePage = 'no reload'");

            ConcernBurst partner = new ConcernBurst();
            partner.start(a.port(), List.of("live-1"), 1);
            partner.join();
            String reference = partner.answered().get("live-1");
            assertThat(reference).as("the live concern answered 201 on A").isNotNull();

            assertThat(phone.page().locator("#inbox")).containsText(reference,
                    new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(phone.page().evaluate("() => window.fdSamePage")).as("the inbox page was not reloaded")
                    .isEqualTo("no reload");
            return reference;
        }
    }

    private static int plantExpiredIdempotencyKeys(Connection db) throws Exception {
        int planted = 3;
        for (int i = 0; i < planted; i++) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO api_idempotency_key (client_id, organisation, "
                    + "idempotency_key, request_hash, reference, created_at) VALUES ('springfield-safeguarding-system', "
                    + "'school-springfield', ?, 'hash', NULL, ?)")) {
                insert.setString(1, "expired-" + UUID.randomUUID());
                insert.setTimestamp(2, Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)));
                insert.executeUpdate();
            }
        }
        return planted;
    }

    private static List<Instant> sweeps(Connection db) throws Exception {
        List<Instant> sweeps = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT started_at FROM retention_sweep ORDER BY started_at");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                sweeps.add(row.getTimestamp(1).toInstant());
            }
        }
        return sweeps;
    }

    private static List<String> recorded(String log) {
        List<String> references = new ArrayList<>();
        Matcher line = RECORDED.matcher(log);
        while (line.find()) {
            references.add(line.group(1));
        }
        return references;
    }
}
