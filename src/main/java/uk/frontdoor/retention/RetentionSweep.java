package uk.frontdoor.retention;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.frontdoor.failure.Failures;

/**
 * Hourly, deletes what every {@link Retention} keeps no longer: on one instance at a time, under a database lock,
 * so several instances do not sweep at once, and once an hour: each sweep is recorded ({@code retention_sweep}), and
 * an instance whose turn comes within {@code frontdoor.retention.min-gap} of the last one's does nothing (the lock
 * alone would let a second instance sweep again as soon as the first released it).
 */
@Component
public class RetentionSweep {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final List<Retention> retentions;
    private final JdbcClient jdbc;
    private final JdbcLockRegistry locks;
    private final Clock clock;
    private final Duration minGap;
    /** Which instance swept, for operators reading {@code retention_sweep}: the JVM's pid@host. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    RetentionSweep(List<Retention> retentions, JdbcClient jdbc, JdbcLockRegistry locks, Clock clock,
            @Value("${frontdoor.retention.min-gap}") Duration minGap) {
        this.retentions = retentions;
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
        this.minGap = minGap;
    }

    /** The hourly turn: nothing when another instance is sweeping or swept within the minimum gap. */
    @Scheduled(cron = "${frontdoor.retention.schedule}")
    public Map<String, Integer> scheduledSweep() {
        return sweep(minGap);
    }

    /** @return how many of each were deleted; empty when another instance is sweeping */
    public Map<String, Integer> sweep() {
        return sweep(Duration.ZERO);
    }

    private Map<String, Integer> sweep(Duration gap) {
        Lock lock = locks.obtain("retention");
        if (!lock.tryLock()) {
            log.debug("Retention sweep: another instance is sweeping");
            return Map.of();
        }
        try {
            Instant now = clock.instant();
            Optional<Timestamp> earlier = jdbc.sql("SELECT started_at FROM retention_sweep ORDER BY started_at DESC LIMIT 1")
                    .query(Timestamp.class).optional();
            if (earlier.isPresent() && earlier.get().toInstant().isAfter(now.minus(gap))) {
                log.debug("Retention sweep: already swept at {}", earlier.get().toInstant());
                return Map.of();
            }
            Map<String, Integer> deleted = new LinkedHashMap<>();
            for (Retention retention : retentions) {
                deleted.put(retention.what(), delete(retention, now));
            }
            jdbc.sql("INSERT INTO retention_sweep (started_at, instance, deleted) VALUES (?, ?, ?)")
                    .params(Timestamp.from(now), instance, deleted.toString()).update();
            log.info("Retention sweep on {}: deleted {}", instance, deleted);
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
