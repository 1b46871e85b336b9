package uk.frontdoor.outbound;

import uk.frontdoor.failure.ValueFreeMessage;

/**
 * The council's system answered that it will not take this message (a 4xx other than 408 or 429): sending it
 * again will not help, so it is parked at once for an operator, with the status but never the message.
 */
public class RefusedByExternalSystem extends RuntimeException implements ValueFreeMessage {
    public RefusedByExternalSystem(String reason) {
        super(reason);
    }
}
