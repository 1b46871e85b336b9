package uk.frontdoor.messaging;

import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;
import uk.frontdoor.failure.FailureKind;
import uk.frontdoor.failure.Failures;

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

    /**
     * Why, in words safe to show: a broken contract, a mismatch or a refusal says so in its own plain message (which
     * fields or which status, never values), even when Camel wrapped it; anything else by its exception types and
     * where they arose only, because a database's or broker's message quotes the values it failed on.
     */
    static String reason(Throwable failure) {
        for (Throwable each = failure; each != null; each = each.getCause()) {
            if (FailureKind.isPermanent(each)) {
                return each.getClass().getSimpleName() + ": " + each.getMessage();
            }
            if (each.getCause() == each) {
                break;
            }
        }
        return failure == null ? "unknown" : FailureKind.of(failure).describe() + ": " + Failures.describe(failure);
    }

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setHeader(REASON, reason(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
        exchange.getMessage().setHeader(ROUTE, exchange.getFromRouteId());
        exchange.getMessage().setHeader(AT, Instant.now().toString());
        exchange.setProperty(PARKED, true);
    }
}
