package uk.frontdoor.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What went wrong for the log without any exception's message (which may quote a child's details the client
 * sent): each cause's type and the first frames of where it was thrown.
 */
final class FailureTrace {

    private static final int FRAMES = 8;

    private FailureTrace() {
    }

    static String of(Throwable failure) {
        StringBuilder trace = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (!trace.isEmpty()) {
                trace.append(" caused by ");
            }
            trace.append(cause.getClass().getName()).append(Arrays.stream(cause.getStackTrace()).limit(FRAMES)
                    .map(StackTraceElement::toString).collect(Collectors.joining(" < ", " at ", "")));
        }
        return trace.toString();
    }
}
