package uk.frontdoor.messaging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code consumers} on /actuator/health: DOWN while any message taken from a queue is being retried because the
 * database or the broker failed (full, down, restarting), UP again once each of those messages is done. A database
 * whose disk is full still answers the health check's query; this shows that writes fail. Told by
 * {@link RetryWhile}; each message is forgotten when its exchange ends (a route policy on every route).
 */
@Component
class ConsumerRetries implements RoutePolicyFactory {

    private final Set<String> retrying = ConcurrentHashMap.newKeySet();
    private final Policy policy = new Policy();

    ConsumerRetries(HealthContributorRegistry registry) {
        registry.registerContributor("consumers", (HealthIndicator) () -> retrying.isEmpty()
                ? Health.up().build()
                : Health.down().withDetail("retrying", retrying.size()).build());
    }

    void retryingTransient(Exchange exchange) {
        retrying.add(exchange.getExchangeId());
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camel, String routeId, NamedNode route) {
        return policy;
    }

    private final class Policy extends RoutePolicySupport {
        @Override
        public void onExchangeDone(Route route, Exchange exchange) {
            retrying.remove(exchange.getExchangeId());
        }
    }
}
