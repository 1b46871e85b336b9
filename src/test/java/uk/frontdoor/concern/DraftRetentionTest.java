package uk.frontdoor.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.testsupport.PortalTest;

/** A draft never sent is deleted after 30 days; one still being written is kept. */
class DraftRetentionTest extends PortalTest {

    @Autowired DraftRetention retention;
    @Autowired JdbcClient jdbc;

    @Test
    void drafts_never_sent_are_deleted_after_thirty_days_and_recent_ones_are_kept() {
        UUID abandoned = draft(Instant.now().minus(31, ChronoUnit.DAYS));
        UUID recent = draft(Instant.now().minus(29, ChronoUnit.DAYS));

        assertThat(retention.deleteUnsentDrafts()).isPositive();

        assertThat(exists(abandoned)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private UUID draft(Instant updated) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO concern_draft (id, owner_subject, organisation, step, answers, created_at, updated_at) "
                        + "VALUES (?, ?, 'school-springfield', 'CHILD', '{}'::jsonb, ?, ?)")
                .params(id, "retention-" + id, Timestamp.from(updated), Timestamp.from(updated))
                .update();
        return id;
    }

    private boolean exists(UUID draft) {
        return jdbc.sql("SELECT count(*) FROM concern_draft WHERE id = ?").param(draft).query(Long.class).single() == 1;
    }
}
