package uk.frontdoor.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;

/**
 * How the last attempt to reach each outside system went, for /actuator/health: a route that talks to one ends with
 * {@link #answered}, and wait-for-council-system calls this before every retry, so an outage shows at once and
 * not only when a message is finally parked. Unknown until the first attempt.
 */
@Component("externalSystemHealth")
public class ExternalSystemHealth implements Processor {

    private final HealthContributorRegistry registry;
    private final Map<String, Health> byRoute = new ConcurrentHashMap<>();

    ExternalSystemHealth(HealthContributorRegistry registry) {
        this.registry = registry;
        // Referrers are always told by some service: GOV.UK Notify or a mail server (notify-referrer.camel.yaml).
        register("notifications", "send-notification");
    }

    /** Shows the system a route talks to at /actuator/health under this name. */
    public void register(String name, String routeId) {
        registry.registerContributor(name,
                (HealthIndicator) () -> byRoute.getOrDefault(routeId, Health.unknown().build()));
    }

    /** The system took the message (the route's last step). */
    public void answered(Exchange exchange) {
        byRoute.put(exchange.getFromRouteId(), Health.up().build());
    }

    /** The attempt failed and is about to be retried (onRedeliveryRef). */
    @Override
    public void process(Exchange exchange) {
        byRoute.put(exchange.getFromRouteId(), Health.down().build());
    }
}
