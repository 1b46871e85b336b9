package uk.frontdoor.messaging;

import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;
import uk.frontdoor.outbound.RefusedByExternalSystem;

/**
 * Stamps a message that is being parked with why and where it failed, so an operator can read the
 * reason beside it in the dead-letter queue. Used by both routeConfigurations in error-handling.camel.yaml.
 * It also marks the exchange as parked: the error handling handles the failure, so Camel would call it
 * completed, and {@link RouteCounts} counts it as failed instead.
 */
@Component("deadLetterReason")
class DeadLetterReason implements Processor {

    static final String REASON = "FrontDoorFailureReason";
    static final String ROUTE = "FrontDoorFailedRoute";
    static final String AT = "FrontDoorFailedAt";
    private static final String PARKED = "FrontDoorParked";

    static boolean parked(Exchange exchange) {
        return exchange.getProperty(PARKED, false, Boolean.class);
    }

    /** The failure that explains it: a broken contract or a refusal, even when Camel wrapped it (a method call in an expression). */
    private static Throwable cause(Throwable failure) {
        for (Throwable each = failure; each != null; each = each.getCause()) {
            if (each instanceof ContractViolation || each instanceof RefusedByExternalSystem) {
                return each;
            }
        }
        return failure;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable failure = cause(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
        String reason = failure == null ? "unknown" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        exchange.getMessage().setHeader(REASON, reason);
        exchange.getMessage().setHeader(ROUTE, exchange.getFromRouteId());
        exchange.getMessage().setHeader(AT, Instant.now().toString());
        exchange.setProperty(PARKED, true);
    }
}
