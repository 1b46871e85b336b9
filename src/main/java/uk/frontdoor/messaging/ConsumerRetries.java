package uk.frontdoor.messaging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;
import uk.frontdoor.failure.Failures;

/**
 * {@code consumers} on /actuator/health: DOWN while any message taken from a queue is being retried because the
 * database or the broker failed (full, down, restarting), UP again once each of those messages is done. A database
 * whose disk is full still answers the health check's query; this shows that writes fail. Told by
 * {@link RetryWhile}; each message is forgotten when its exchange completes or is parked. It also logs the retries,
 * by exception types only: Camel's own retry log would quote the database's message, which can hold values.
 */
@Component
class ConsumerRetries {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerRetries.class);
    /** After the first failure, one log line every this many attempts. */
    private static final int LOG_EVERY = 10;

    private final Set<String> retrying = ConcurrentHashMap.newKeySet();

    ConsumerRetries(HealthContributorRegistry registry) {
        registry.registerContributor("consumers", (HealthIndicator) () -> retrying.isEmpty()
                ? Health.up().build()
                : Health.down().withDetail("retrying", retrying.size()).build());
    }

    void retryingTransient(Exchange exchange, int attempts, Throwable failure) {
        String id = exchange.getExchangeId();
        if (retrying.add(id)) {
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    retrying.remove(id);
                }
            });
        }
        if (attempts % LOG_EVERY == 1) {
            LOG.warn("{}: the database or broker failed; the message is kept and tried again (attempt {}): {}",
                    exchange.getFromRouteId(), attempts, Failures.describe(failure));
        }
    }
}
