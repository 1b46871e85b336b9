package uk.frontdoor.benchmark;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the portal's own database did, from PostgreSQL's statistics for it (pg_stat_database): transactions committed
 * and rows written. Per concern, that is where the database's CPU per concern goes, and what batching changes.
 */
final class DatabaseWork {

    /** Backends report their statistics when idle, at most once a second: a reading waits for that. */
    private static final long REPORTED_WITHIN_MILLIS = 1_500;

    record Reading(long commits, long inserted, long updated, long deleted) {

        String perItem(Reading before, long items) {
            return String.format("%.1f commits, rows inserted %.1f, updated %.1f, deleted %.1f",
                    (commits - before.commits) / (double) items, (inserted - before.inserted) / (double) items,
                    (updated - before.updated) / (double) items, (deleted - before.deleted) / (double) items);
        }
    }

    private final JdbcClient jdbc;

    DatabaseWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Reading read() throws InterruptedException {
        Thread.sleep(REPORTED_WITHIN_MILLIS);
        Map<String, Object> row = jdbc.sql("SELECT xact_commit, tup_inserted, tup_updated, tup_deleted "
                + "FROM pg_stat_database WHERE datname = current_database()").query().singleRow();
        return new Reading(number(row, "xact_commit"), number(row, "tup_inserted"), number(row, "tup_updated"),
                number(row, "tup_deleted"));
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
