package uk.frontdoor.failure;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an unexpected failure into something safe to log and to show: a reference a person can quote, and a
 * description made of exception types and code locations only. Exception messages are never used: a database or
 * messaging error quotes the values it failed on, and those can be a child's details.
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
     * The chain of causes by type, each with where it was thrown and where our own code met it, e.g.
     * {@code IllegalStateException thrown at ...Foo.bar:12, in uk.frontdoor.concern.ConcernService.submit:120 <- ...}.
     */
    public static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable each = failure; each != null && parts.size() < MOST_CAUSES; each = each.getCause()) {
            parts.add(each.getClass().getName() + frames(each));
            if (each.getCause() == each) {
                break;
            }
        }
        return parts.isEmpty() ? "unknown" : String.join(" <- ", parts);
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
