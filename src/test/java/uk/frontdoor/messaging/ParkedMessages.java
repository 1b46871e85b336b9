package uk.frontdoor.messaging;

import static uk.frontdoor.testsupport.Concerns.eventually;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jms.core.JmsTemplate;

/** Messages sent to a queue with a marker, and found again in the dead-letter queue by it. */
final class ParkedMessages {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private ParkedMessages() {
    }

    /** @return the marker to find it by */
    static String send(JmsTemplate jms, String queue, String body) {
        String marker = UUID.randomUUID().toString();
        jms.convertAndSend(queue, body, message -> {
            message.setStringProperty("testMarker", marker);
            return message;
        });
        return marker;
    }

    static Message awaitDeadLetter(JmsTemplate jms, String marker) {
        Message[] found = new Message[1];
        eventually("the message is parked", WAIT, () -> {
            found[0] = jms.browseSelected(Queues.DEAD_LETTERS, "testMarker = '" + marker + "'",
                    (session, browser) -> browser.getEnumeration().hasMoreElements()
                            ? (Message) browser.getEnumeration().nextElement() : null);
            return found[0] != null;
        });
        return found[0];
    }

    static String property(Message message, String name) {
        try {
            return message.getStringProperty(name);
        } catch (JMSException e) {
            throw new AssertionError(e);
        }
    }
}
