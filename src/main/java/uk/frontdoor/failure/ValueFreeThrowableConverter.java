package uk.frontdoor.failure;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;

/**
 * Writes the throwable of any log line, ours or a library's (Tomcat, Vaadin, Spring, Camel, Artemis, Hikari), as a
 * stack trace without messages (Failures.stackTrace). SLF4J prints a throwable passed last with its message, and a
 * PostgreSQL error's message quotes the row it failed on ("Detail: Key (...)=(...)", "Where: JSON data ..."), so
 * the messages are withheld here, once, for every logger. logback-spring.xml puts this in place of %ex and %wEx.
 */
public class ValueFreeThrowableConverter extends ThrowableHandlingConverter {

    private static final int MOST_FRAMES_EACH = 40;

    @Override
    public String convert(ILoggingEvent event) {
        if (!(event.getThrowableProxy() instanceof ThrowableProxy proxy)) {
            return "";
        }
        return Failures.stackTrace(proxy.getThrowable(), MOST_FRAMES_EACH);
    }
}
