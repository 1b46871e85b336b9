package uk.frontdoor.failure;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;

/**
 * The log line's own text, with any message of its throwable's causes taken out: a library that writes
 * {@code "... caught: " + exception} and passes the exception too (Camel's error handlers do) would otherwise quote
 * the values through the text. logback-spring.xml puts this in place of %m.
 */
public class ValueFreeMessageConverter extends MessageConverter {

    static final String WITHHELD = "[message withheld]";
    private static final int MOST_CAUSES = 16;

    @Override
    public String convert(ILoggingEvent event) {
        String text = super.convert(event);
        if (text == null || !(event.getThrowableProxy() instanceof ThrowableProxy proxy)) {
            return text;
        }
        int depth = 0;
        for (Throwable each = proxy.getThrowable(); each != null && depth++ < MOST_CAUSES; each = each.getCause()) {
            String message = each.getMessage();
            if (message != null && !message.isBlank() && !(each instanceof ValueFreeMessage)) {
                text = text.replace(message, WITHHELD);
            }
            if (each.getCause() == each) {
                break;
            }
        }
        return text;
    }
}
