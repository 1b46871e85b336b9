package uk.frontdoor.messaging;

import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterReason.class);

    static boolean parked(Exchange exchange) {
        return exchange.getProperty(PARKED, false, Boolean.class);
    }

    /**
     * Once per exchange: a route with both configurations runs this twice for a broken contract (the dead-letter
     * channel prepares the failure, then the contract's own handler parks it), which logged every parking twice.
     */
    @Override
    public void process(Exchange exchange) {
        if (parked(exchange)) {
            return;
        }
        // Failures.reason: value-free, because it is stored beside the message and logged (Camel's own log is off).
        String reason = Failures.reason(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
        if (!IntakeWorker.inBatch(exchange)) { // a batch's parking rolls back with it, and the message comes again alone
            LOG.warn("{}: a message is parked in the dead-letter queue: {}", exchange.getFromRouteId(), reason);
        }
        exchange.getMessage().setHeader(REASON, reason);
        exchange.getMessage().setHeader(ROUTE, exchange.getFromRouteId());
        exchange.getMessage().setHeader(AT, Instant.now().toString());
        exchange.setProperty(PARKED, true);
    }
}
