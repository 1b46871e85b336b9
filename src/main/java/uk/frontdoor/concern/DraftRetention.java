package uk.frontdoor.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drafts that were never sent hold a child's details for no purpose: they are deleted after a short period
 * (domain.md, data protection). One instance at a time, under a database lock.
 */
@Component
class DraftRetention {

    private static final Logger log = LoggerFactory.getLogger(DraftRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JdbcLockRegistry locks;
    private final Duration keepFor;

    DraftRetention(JdbcClient jdbc, Clock clock, JdbcLockRegistry locks,
            @Value("${frontdoor.retention.unsent-drafts}") Duration keepFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.locks = locks;
        this.keepFor = keepFor;
    }

    /** @return how many drafts were deleted; 0 when another instance is doing it */
    @Scheduled(cron = "${frontdoor.retention.schedule}")
    int deleteUnsentDrafts() {
        Lock lock = locks.obtain("unsent-draft-retention");
        if (!lock.tryLock()) {
            return 0;
        }
        try {
            int deleted = jdbc.sql("DELETE FROM concern_draft WHERE updated_at < ?")
                    .param(Timestamp.from(clock.instant().minus(keepFor)))
                    .update();
            if (deleted > 0) {
                log.info("Deleted {} unsent drafts older than {}", deleted, keepFor);
            }
            return deleted;
        } finally {
            lock.unlock();
        }
    }
}
