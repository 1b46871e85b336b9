package uk.frontdoor.messaging;

import uk.frontdoor.failure.PermanentFailure;
import uk.frontdoor.failure.ValueFreeMessage;

/**
 * An outside system (the council's case-management system, GOV.UK Notify) answered that it will not take this
 * message (a 4xx other than 408 or 429): sending it again will not help, so it is parked at once for an operator,
 * with the status but never the message. Here, beside the contracts, so both senders can throw it.
 */
public class RefusedByExternalSystem extends RuntimeException implements ValueFreeMessage, PermanentFailure {
    public RefusedByExternalSystem(String reason) {
        super(reason);
    }
}
