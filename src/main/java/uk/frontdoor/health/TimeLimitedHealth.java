package uk.frontdoor.health;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * /actuator/health always answers: every health indicator bean (the database, the JMS connection, the disk, the
 * outbox, ...) is given {@link #LIMIT} to answer and is DOWN if it does not, so a database or broker that hangs
 * shows DOWN instead of holding the health request until a load balancer gives up. Each check runs on its own
 * virtual thread; one that never returns is left behind, never waited for.
 */
@Component
class TimeLimitedHealth implements BeanPostProcessor {

    static final Duration LIMIT = Duration.ofSeconds(2);
    private static final ExecutorService CHECKS = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof HealthIndicator indicator && !(bean instanceof Limited) ? new Limited(indicator) : bean;
    }

    static Health within(Duration limit, HealthIndicator indicator, boolean includeDetails) {
        Future<Health> check = CHECKS.submit(() -> indicator.health(includeDetails));
        try {
            return check.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            check.cancel(true);
            return Health.down().withDetail("timedOutAfter", limit.toString()).build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("failure", e.getCause().getClass().getName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    private record Limited(HealthIndicator indicator) implements HealthIndicator {

        @Override
        public Health health(boolean includeDetails) {
            return within(LIMIT, indicator, includeDetails);
        }

        @Override
        public Health health() {
            return health(true);
        }
    }
}
