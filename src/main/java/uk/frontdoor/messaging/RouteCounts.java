package uk.frontdoor.messaging;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts each route's messages in, out and failed since this instance started, as a route policy on every route
 * (camel-spring-boot gives each route the policies of a RoutePolicyFactory bean), so no JMX is needed. A message
 * parked in the dead-letter queue counts as failed although the error handling completed it. The same counts are
 * Micrometer counters ({@value #METER}, tags route and outcome) when there is a registry, so instances can be summed.
 */
@Component
class RouteCounts implements RoutePolicyFactory {

    static final String METER = "frontdoor.route.messages";

    /** One route's counts. */
    record Counts(long in, long out, long failed) {
    }

    private final Map<String, Tally> byRoute = new ConcurrentHashMap<>();
    private final Instant since;
    private final ObjectProvider<MeterRegistry> meters;

    RouteCounts(Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.since = clock.instant();
        this.meters = meters;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camel, String routeId, NamedNode route) {
        Tally tally = byRoute.computeIfAbsent(routeId, id -> new Tally());
        meters.ifAvailable(registry -> tally.registerIn(registry, routeId));
        return tally;
    }

    Counts of(String routeId) {
        Tally tally = byRoute.get(routeId);
        return tally == null ? new Counts(0, 0, 0) : new Counts(tally.in.sum(), tally.out.sum(), tally.failed.sum());
    }

    /** When counting began: these counts are this instance's, since it started. */
    Instant since() {
        return since;
    }

    private static final class Tally extends RoutePolicySupport {

        private final LongAdder in = new LongAdder();
        private final LongAdder out = new LongAdder();
        private final LongAdder failed = new LongAdder();

        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            if (!IntakeWorker.inBatch(exchange)) {
                in.increment();
            }
        }

        /**
         * A message in a batch counts only when its batch commits, and then as in and out: a batch that fails rolls
         * back, and its messages come again one by one and are counted then.
         */
        @Override
        public void onExchangeDone(Route route, Exchange exchange) {
            if (IntakeWorker.inBatch(exchange)) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        in.increment();
                        out.increment();
                    }
                });
                return;
            }
            (exchange.isFailed() || DeadLetterReason.parked(exchange) ? failed : out).increment();
        }

        void registerIn(MeterRegistry registry, String routeId) {
            Map.of("in", in, "out", out, "failed", failed).forEach((outcome, count) ->
                    FunctionCounter.builder(METER, count, LongAdder::doubleValue)
                            .description("Messages through a route since this instance started")
                            .tag("route", routeId)
                            .tag("outcome", outcome)
                            .register(registry));
        }
    }
}
