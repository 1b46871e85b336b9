package uk.frontdoor.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.testsupport.PortalTest;

/** The hourly sweep: a draft never sent goes after 30 days, a partner API Idempotency-Key after 24 hours; newer stay. */
class RetentionSweepTest extends PortalTest {

    @Autowired RetentionSweep sweep;
    @Autowired JdbcClient jdbc;

    @Test
    void drafts_never_sent_are_deleted_after_thirty_days_and_recent_ones_are_kept() {
        UUID abandoned = draft(Instant.now().minus(31, ChronoUnit.DAYS));
        UUID recent = draft(Instant.now().minus(29, ChronoUnit.DAYS));

        assertThat(sweep.sweep()).containsKey("unsent drafts");

        assertThat(count("concern_draft WHERE id = ?", abandoned)).isZero();
        assertThat(count("concern_draft WHERE id = ?", recent)).isOne();
    }

    @Test
    void idempotency_keys_are_deleted_after_twenty_four_hours_and_newer_ones_are_kept() {
        String expired = idempotencyKey(Instant.now().minus(25, ChronoUnit.HOURS));
        String current = idempotencyKey(Instant.now().minus(23, ChronoUnit.HOURS));

        assertThat(sweep.sweep()).containsKey("partner API idempotency keys");

        assertThat(count("api_idempotency_key WHERE idempotency_key = ?", expired)).isZero();
        assertThat(count("api_idempotency_key WHERE idempotency_key = ?", current)).isOne();
    }

    @Test
    void the_hourly_turn_sweeps_and_records_it_once_and_a_turn_soon_after_any_instances_sweep_does_nothing() {
        jdbc.sql("DELETE FROM retention_sweep").update();
        String first = idempotencyKey(Instant.now().minus(25, ChronoUnit.HOURS));

        assertThat(sweep.scheduledSweep()).containsKey("partner API idempotency keys");
        assertThat(count("api_idempotency_key WHERE idempotency_key = ?", first)).isZero();
        assertThat(jdbc.sql("SELECT instance FROM retention_sweep").query(String.class).list()).as("the sweep's record")
                .singleElement().asString().contains("@");

        // Another instance's turn in the same hour, after the first released the lock: nothing swept, nothing recorded.
        String second = idempotencyKey(Instant.now().minus(25, ChronoUnit.HOURS));
        assertThat(sweep.scheduledSweep()).isEmpty();
        assertThat(count("api_idempotency_key WHERE idempotency_key = ?", second)).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM retention_sweep").query(Long.class).single()).isOne();
    }

    private UUID draft(Instant updated) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO concern_draft (id, owner_subject, organisation, step, answers, created_at, updated_at) "
                        + "VALUES (?, ?, 'school-springfield', 'CHILD', '{}'::jsonb, ?, ?)")
                .params(id, "retention-" + id, Timestamp.from(updated), Timestamp.from(updated))
                .update();
        return id;
    }

    private String idempotencyKey(Instant created) {
        String key = "retention-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO api_idempotency_key (client_id, organisation, idempotency_key, request_hash, reference, "
                        + "created_at) VALUES ('springfield-safeguarding-system', 'school-springfield', ?, 'hash', NULL, ?)")
                .params(key, Timestamp.from(created))
                .update();
        return key;
    }

    private long count(String fromWhere, Object id) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).param(id).query(Long.class).single();
    }
}
