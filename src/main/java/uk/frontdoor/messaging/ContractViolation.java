package uk.frontdoor.messaging;

/** A message that does not match its contract. It will never succeed, so it is parked, not retried. */
public class ContractViolation extends RuntimeException {
    public ContractViolation(String reason) {
        super(reason);
    }
}
