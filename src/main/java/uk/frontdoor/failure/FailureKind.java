package uk.frontdoor.failure;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * The one place that says whether a failure can pass by itself. Every consumer's error handling
 * (integration-routes/error-handling.camel.yaml, through messaging/RetryWhile) and the dead-letter reasons ask here.
 * <ul>
 * <li>{@link #PERMANENT}: the message can never succeed (it breaks its contract, an outside system refused it, it
 * names a different concern from the one with its reference): parked at once.</li>
 * <li>{@link #TRANSIENT}: the database or the broker is down, full or restarting: tried again with backoff for as
 * long as the council systems' adapters wait (about a day), never parked for that.</li>
 * <li>{@link #UNEXPECTED}: anything else (a bug, a message that arrived before what it refers to): a few quick
 * retries, then parked for an operator.</li>
 * </ul>
 * Judged by exception types and SQLSTATE codes only, never by messages.
 */
public enum FailureKind {
    PERMANENT, TRANSIENT, UNEXPECTED;

    /**
     * SQLSTATE classes and codes of a database that is unreachable, full, restarting or briefly in conflict:
     * 08 connection exception, 53 insufficient resources (53100 disk full), 57P01-57P03 shutting down or starting,
     * 58 system error (58030 io_error), 40001 serialization failure, 40P01 deadlock, 55P03 lock not available,
     * 25006 read-only transaction (a standby during failover).
     */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "53", "58");
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("57P01", "57P02", "57P03", "57P05", "40001", "40P01",
            "55P03", "25006", "57014");

    private static final int MOST_CAUSES = 16;

    public static FailureKind of(Throwable failure) {
        boolean transientSeen = false;
        int depth = 0;
        for (Throwable each = failure; each != null && depth++ < MOST_CAUSES; each = each.getCause()) {
            if (isPermanent(each)) {
                return PERMANENT;
            }
            transientSeen |= isTransient(each);
            for (Throwable next = nextSql(each); next != null && depth++ < MOST_CAUSES; next = nextSql(next)) {
                transientSeen |= isTransient(next);
            }
            if (each.getCause() == each) {
                break;
            }
        }
        return transientSeen ? TRANSIENT : UNEXPECTED;
    }

    /** The kind in words, for a dead-letter reason. */
    public String describe() {
        return switch (this) {
            case PERMANENT -> "Can never succeed";
            case TRANSIENT -> "Still failing after a day of retries (database or broker)";
            case UNEXPECTED -> "Unexpected failure, tried a few times";
        };
    }

    private static Throwable nextSql(Throwable failure) {
        return failure instanceof SQLException sql && sql.getNextException() != sql ? sql.getNextException() : null;
    }

    /**
     * A broken contract (a mismatch is one) or an outside system's refusal, each a {@link PermanentFailure}: the
     * same message never succeeds.
     */
    public static boolean isPermanent(Throwable failure) {
        return failure instanceof PermanentFailure;
    }

    private static boolean isTransient(Throwable failure) {
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5) {
            String state = sql.getSQLState();
            return TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2)) || TRANSIENT_SQL_STATES.contains(state);
        }
        // IO on a socket or a file (a database connection cut, a journal that cannot be written).
        if (failure instanceof IOException) {
            return true;
        }
        return isTransientByType(failure.getClass());
    }

    /** Spring's and the broker's own words for "try again later", matched by type name to keep this class free of them. */
    private static boolean isTransientByType(Class<?> type) {
        for (Class<?> each = type; each != null; each = each.getSuperclass()) {
            switch (each.getName()) {
                case "org.springframework.dao.TransientDataAccessException",
                        "org.springframework.dao.RecoverableDataAccessException",
                        "org.springframework.dao.DataAccessResourceFailureException",
                        "org.springframework.transaction.CannotCreateTransactionException",
                        "org.springframework.transaction.TransactionSystemException",
                        "org.springframework.jms.UncategorizedJmsException",
                        "org.springframework.jms.JmsException",
                        "jakarta.jms.JMSException",
                        "jakarta.jms.JMSRuntimeException",
                        "org.apache.activemq.artemis.api.core.ActiveMQException",
                        "java.util.concurrent.TimeoutException",
                        "com.zaxxer.hikari.pool.HikariPool$PoolInitializationException" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
