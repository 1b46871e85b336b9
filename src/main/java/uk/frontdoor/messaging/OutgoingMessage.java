package uk.frontdoor.messaging;

import java.util.Objects;

/**
 * A message that leaves with the change that caused it.
 *
 * @param route     the Camel route that relays it (its {@code direct:} name in integration-routes/)
 * @param messageId the id consumers use to recognise a redelivery
 * @param json      the body, in one of the contracts under integration-routes/contracts/
 */
public record OutgoingMessage(String route, String messageId, String json) {
    public OutgoingMessage {
        Objects.requireNonNull(route);
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(json);
    }
}
