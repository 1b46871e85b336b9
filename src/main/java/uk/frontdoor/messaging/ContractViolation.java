package uk.frontdoor.messaging;

import uk.frontdoor.failure.PermanentFailure;
import uk.frontdoor.failure.ValueFreeMessage;

/**
 * A message that does not match its contract. It will never succeed, so it is parked, not retried. Its reason names
 * the contract and the failing fields, never a value: it is stored with the parked message and may be logged.
 */
public class ContractViolation extends RuntimeException implements ValueFreeMessage, PermanentFailure {
    public ContractViolation(String reason) {
        super(reason);
    }
}
