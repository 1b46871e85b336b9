package uk.frontdoor.failure;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an unexpected failure into something safe to log and to show: a reference a person can quote, and a
 * description made of exception types and code locations only. Exception messages are never used: a database or
 * messaging error quotes the values it failed on, and those can be a child's details.
 * <p>
 * The one place every failure becomes words: error pages and the API's problems show {@link #reference()}, dead
 * letters carry {@link #reason(Throwable)}, and every log line's throwable is written by {@link #stackTrace} (through
 * {@link ValueFreeThrowableConverter}, logback-spring.xml), so a library that logs an exception cannot leak either.
 */
public final class Failures {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MOST_CAUSES = 8;
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** A short reference such as {@code E-7K3Q9XM2}: unambiguous to read out over the phone. */
    public static String reference() {
        char[] chars = new char[8];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return "E-" + new String(chars);
    }

    /** Logs an unexpected failure without any of its messages, and gives the reference to show the person. */
    public static String logUnexpected(String doing, Throwable failure) {
        String reference = reference();
        LOG.error("Unexpected failure {} while {}: {}", reference, doing, describe(failure));
        return reference;
    }

    /**
     * Why a message was parked, in words safe to store beside it: a broken contract, a mismatch or a refusal in its own
     * message (written to name fields or a status, never values, see {@link ValueFreeMessage}), even when wrapped;
     * anything else by its kind, exception types and code locations only.
     */
    public static String reason(Throwable failure) {
        if (failure == null) {
            return "unknown";
        }
        for (Throwable each = failure; each != null; each = each.getCause()) {
            if (each instanceof ValueFreeMessage) {
                return each.getClass().getSimpleName() + ": " + each.getMessage();
            }
            if (each.getCause() == each) {
                break;
            }
        }
        return FailureKind.of(failure).describe() + ": " + describe(failure);
    }

    /**
     * The chain of causes by type, each with where it was thrown and where our own code met it, e.g.
     * {@code IllegalStateException thrown at ...Foo.bar:12, in uk.frontdoor.partner.concern.ConcernService.submit:120 <- ...}.
     */
    public static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable each = failure; each != null && parts.size() < MOST_CAUSES; each = each.getCause()) {
            parts.add(name(each) + frames(each));
            if (each.getCause() == each) {
                break;
            }
        }
        return parts.isEmpty() ? "unknown" : String.join(" <- ", parts);
    }

    /**
     * A stack trace as Java prints one, but with no messages: each cause by its type (and SQLSTATE), then its frames.
     * Suppressed exceptions are left out; they are named in {@link #describe} style only when they are the cause.
     */
    public static String stackTrace(Throwable failure, int mostFramesEach) {
        StringBuilder trace = new StringBuilder();
        int causes = 0;
        for (Throwable each = failure; each != null && causes++ < MOST_CAUSES; each = each.getCause()) {
            trace.append(each == failure ? "" : "Caused by: ").append(name(each)).append(System.lineSeparator());
            StackTraceElement[] frames = each.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, mostFramesEach); i++) {
                trace.append("\tat ").append(frames[i]).append(System.lineSeparator());
            }
            if (frames.length > mostFramesEach) {
                trace.append("\t... ").append(frames.length - mostFramesEach).append(" more").append(System.lineSeparator());
            }
            if (each.getCause() == each) {
                break;
            }
        }
        return trace.toString();
    }

    /** The type, and for a database error its SQLSTATE: a code, never the values the database quoted. */
    private static String name(Throwable failure) {
        String name = failure.getClass().getName();
        if (failure instanceof ValueFreeMessage) {
            return name + ": " + failure.getMessage();
        }
        return failure instanceof SQLException sql && sql.getSQLState() != null
                ? name + " (SQLSTATE " + sql.getSQLState() + ")" : name;
    }

    private static String frames(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        if (frames.length == 0) {
            return "";
        }
        String thrown = " thrown at " + frames[0];
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("uk.frontdoor.")) {
                return frame == frames[0] ? thrown : thrown + ", in " + frame;
            }
        }
        return thrown;
    }
}
