package uk.frontdoor.messaging;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.frontdoor.failure.FailureKind;

/**
 * Whether a consumer tries a failed message again (retry-then-park in error-handling.camel.yaml): a transient
 * failure (the database or broker down or full) for as long as the council systems' adapters wait
 * ({@code frontdoor.outbound.retry.attempts}, about a day), an unexpected one a few times, a permanent one never.
 * Never within a batch ({@link IntakeWorker}): a failed statement has ended the batch's database transaction.
 */
@Component("retryWhile")
class RetryWhile implements Predicate {

    static final int UNEXPECTED_ATTEMPTS = 4;

    private final int transientAttempts;
    private final ConsumerRetries health;

    RetryWhile(@Value("${frontdoor.outbound.retry.attempts}") int transientAttempts, ConsumerRetries health) {
        this.transientAttempts = transientAttempts;
        this.health = health;
    }

    @Override
    public boolean matches(Exchange exchange) {
        if (IntakeWorker.inBatch(exchange)) {
            return false; // the batch rolls back and its messages come again one by one, each with this retry
        }
        int attempts = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return switch (FailureKind.of(failure)) {
            case PERMANENT -> false;
            case TRANSIENT -> {
                health.retryingTransient(exchange, attempts, failure);
                yield attempts < transientAttempts;
            }
            case UNEXPECTED -> attempts < UNEXPECTED_ATTEMPTS;
        };
    }
}
