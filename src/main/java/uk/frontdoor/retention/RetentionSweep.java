package uk.frontdoor.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.frontdoor.failure.Failures;

/**
 * Hourly, deletes what every {@link Retention} keeps no longer: on one instance at a time, under a database lock,
 * so several instances do not sweep at once.
 */
@Component
public class RetentionSweep {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final List<Retention> retentions;
    private final JdbcClient jdbc;
    private final JdbcLockRegistry locks;
    private final Clock clock;

    RetentionSweep(List<Retention> retentions, JdbcClient jdbc, JdbcLockRegistry locks, Clock clock) {
        this.retentions = retentions;
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
    }

    /** @return how many of each were deleted; empty when another instance is sweeping */
    @Scheduled(cron = "${frontdoor.retention.schedule}")
    public Map<String, Integer> sweep() {
        Lock lock = locks.obtain("retention");
        if (!lock.tryLock()) {
            return Map.of();
        }
        try {
            Instant now = clock.instant();
            Map<String, Integer> deleted = new LinkedHashMap<>();
            for (Retention retention : retentions) {
                deleted.put(retention.what(), delete(retention, now));
            }
            return deleted;
        } finally {
            lock.unlock();
        }
    }

    /** One that fails is tried again next hour; the others still go now. */
    private int delete(Retention retention, Instant now) {
        try {
            int deleted = jdbc.sql(retention.deleteOlderThan())
                    .param(Timestamp.from(now.minus(retention.keptFor())))
                    .update();
            if (deleted > 0) {
                log.info("Deleted {} {} older than {}", deleted, retention.what(), retention.keptFor());
            }
            return deleted;
        } catch (RuntimeException e) {
            log.error("Could not delete {} older than {}: {}", retention.what(), retention.keptFor(), Failures.describe(e));
            return 0;
        }
    }
}
