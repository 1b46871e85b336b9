package uk.frontdoor.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database's own ceiling for what a submit commits: a concern-sized row and an outbox row in one durable
 * transaction, from many clients at once, against the portal's own database. The relay's rate is read as a share of
 * this, so a slow disk or a busy machine lowers both figures alike. The rows go to copies of the two tables (same
 * columns, indexes and triggers as the real ones have, read from the schema), dropped afterwards, so the portal's
 * relay never sees them.
 */
final class DatabaseCeiling {

    /** Each copy and the real table it copies. */
    private static final Map<String, String> COPIES = Map.of("benchmark_concern", "concern",
            "benchmark_outbox", "int_channel_message");
    private static final String DROP = "DROP TABLE IF EXISTS " + String.join(", ", COPIES.keySet());
    private static final String CONCERN = "INSERT INTO benchmark_concern (id, reference, draft_id, referrer_subject, "
            + "referrer_name, organisation, child_name, level_of_need, answers, submitted_at) "
            + "VALUES (?, ?, ?, ?, 'Benchmark Teacher', 'school-springfield', 'Bench Child', 2, ?::jsonb, ?)";
    private static final String OUTBOX = "INSERT INTO benchmark_outbox (message_id, group_key, created_date, "
            + "message_content, region) VALUES (?, ?, ?, ?, 'benchmark')";

    private final JdbcClient jdbc;
    private final String url;
    private final String user;
    private final String password;
    private final List<String> copiedTriggers = new ArrayList<>();

    DatabaseCeiling(JdbcClient jdbc, com.zaxxer.hikari.HikariDataSource portalPool) {
        this.jdbc = jdbc;
        this.url = portalPool.getJdbcUrl();
        this.user = portalPool.getUsername();
        this.password = portalPool.getPassword();
    }

    /** @return transactions committed per second by {@code clients} connections over {@code length} */
    double measure(int clients, Duration length) throws Exception {
        // A real concern's answers and a real contact message, so each row is as large as a submit's.
        String answers = jdbc.sql("SELECT answers::text FROM concern LIMIT 1").query(String.class).single();
        byte[] message = jdbc.sql("SELECT contact::text FROM duty_contact LIMIT 1").query(String.class).single()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        jdbc.sql(DROP).update();
        copiedTriggers.clear();
        COPIES.forEach(this::copy);
        AtomicLong committed = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> commitUntil(end, answers, message, committed)));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            jdbc.sql(DROP).update();
        }
        return committed.get() / (length.toNanos() / 1e9);
    }

    /**
     * The real table's columns, defaults and indexes, and its triggers as they are now: a trigger added to or dropped
     * from the real table (as the outbox's NOTIFY was, V37) changes the ceiling's transaction the same way.
     */
    private void copy(String copy, String real) {
        jdbc.sql("CREATE TABLE " + copy + " (LIKE " + real + " INCLUDING DEFAULTS INCLUDING INDEXES)").update();
        for (String trigger : jdbc.sql("SELECT pg_get_triggerdef(oid) FROM pg_trigger "
                + "WHERE tgrelid = ?::regclass AND NOT tgisinternal").param(real).query(String.class).list()) {
            jdbc.sql(trigger.replace(" ON public." + real + " ", " ON " + copy + " ")).update();
            copiedTriggers.add(trigger);
        }
    }

    /** The real tables' triggers the last measurement's transaction fired, so the benchmark can say what it measured. */
    List<String> copiedTriggers() {
        return List.copyOf(copiedTriggers);
    }

    private Void commitUntil(long end, String answers, byte[] message, AtomicLong committed) throws SQLException {
        // A connection of its own, as each of the portal's submitting threads has one from the pool.
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement concern = connection.prepareStatement(CONCERN);
                PreparedStatement outbox = connection.prepareStatement(OUTBOX)) {
            connection.setAutoCommit(false);
            while (System.nanoTime() < end) {
                UUID id = UUID.randomUUID();
                concern.setObject(1, id);
                concern.setString(2, id.toString().substring(0, 20));
                concern.setObject(3, UUID.randomUUID());
                concern.setString(4, "ceiling-" + id);
                concern.setString(5, answers);
                concern.setTimestamp(6, Timestamp.from(Instant.now()));
                concern.executeUpdate();
                outbox.setString(1, UUID.randomUUID().toString());
                outbox.setString(2, id.toString());
                outbox.setLong(3, System.currentTimeMillis());
                outbox.setBytes(4, message);
                outbox.executeUpdate();
                connection.commit();
                committed.incrementAndGet();
            }
        }
        return null;
    }
}
