package uk.frontdoor.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.frontdoor.failure.Failures;

/**
 * Brings the embedded broker back by itself. Artemis shuts itself down on a critical IO error (AMQ222010: a full
 * or failing disk under its journal) and never starts again; this watches it (at once through its IO critical
 * error listener, and every second in case the listener was missed) and starts a new broker on the same journal
 * and the same in-VM address, 1 second after it stopped ({@code frontdoor.broker.recovery.first-gap}) and with gaps doubling to 30 seconds while the disk still refuses. The
 * messages in the journal survive; the JMS connection factory and the routes' consumers reconnect by themselves
 * (Spring's cached connection resets on the connection's failure, Camel's listener containers recover).
 * {@code broker} on /actuator/health is DOWN from the moment it stops until it is active again. Nothing happens
 * with an external broker ({@code FRONTDOOR_BROKER_MODE=native}): Spring Boot's {@code jms} indicator shows it.
 */
@Component
class EmbeddedBrokerRecovery implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBrokerRecovery.class);
    private static final Duration LONGEST_GAP = Duration.ofSeconds(30);

    private final ObjectProvider<EmbeddedActiveMQ> embedded;
    private final HealthContributorRegistry health;
    private final ObjectProvider<OutboxRelay> outbox;
    private final Duration firstGap;
    private final AtomicInteger restarts = new AtomicInteger();
    private ScheduledExecutorService watchdog;
    private volatile boolean running;
    /** From the broker's IO error until it runs again: DOWN at once, before its own shutdown has finished. */
    private volatile boolean failed;
    /** When the next start may be tried; null while the broker runs. */
    private volatile Long nextAttemptAt;
    private volatile Duration gap;

    EmbeddedBrokerRecovery(ObjectProvider<EmbeddedActiveMQ> embedded, HealthContributorRegistry health,
            ObjectProvider<OutboxRelay> outbox,
            @Value("${frontdoor.broker.recovery.first-gap:1s}") Duration firstGap) {
        this.embedded = embedded;
        this.health = health;
        this.outbox = outbox;
        this.firstGap = firstGap;
        this.gap = firstGap;
    }

    @Override
    public void start() {
        EmbeddedActiveMQ broker = embedded.getIfAvailable();
        if (broker == null) {
            return;
        }
        health.registerContributor("broker", (HealthIndicator) () -> !failed && active(broker)
                ? Health.up().withDetail("restarts", restarts.get()).build()
                : Health.down().withDetail("restarts", restarts.get()).build());
        watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("broker-recovery").daemon()
                .factory());
        listen(broker.getActiveMQServer());
        running = true;
        watchdog.scheduleWithFixedDelay(() -> check(broker), 1, 1, TimeUnit.SECONDS);
    }

    /** How many times the broker was started again since the portal started. */
    int restarts() {
        return restarts.get();
    }

    private void listen(ActiveMQServer server) {
        server.registerIOCriticalErrorListener((cause, message, file) -> {
            failed = true;
            LOG.error("The embedded broker stopped on a critical IO error ({}); it starts again when the disk lets it",
                    cause == null ? "unknown" : cause.getClass().getName());
            if (running) {
                watchdog.schedule(() -> check(embedded.getObject()), 200, TimeUnit.MILLISECONDS);
            }
        });
    }

    private static boolean active(EmbeddedActiveMQ broker) {
        ActiveMQServer server = broker.getActiveMQServer();
        return server != null && server.isActive();
    }

    private synchronized void check(EmbeddedActiveMQ broker) {
        ActiveMQServer server = broker.getActiveMQServer();
        if (!running || server == null || server.getState() != ActiveMQServer.SERVER_STATE.STOPPED) {
            return;
        }
        if (nextAttemptAt == null) {
            nextAttemptAt = System.nanoTime() + gap.toNanos();
        }
        if (System.nanoTime() - nextAttemptAt < 0) {
            return;
        }
        try {
            broker.stop();
            broker.start();
            listen(broker.getActiveMQServer());
            if (!active(broker)) {
                throw new IllegalStateException("The broker started but is not active");
            }
            restarts.incrementAndGet();
            failed = false;
            gap = firstGap;
            nextAttemptAt = null;
            LOG.warn("The embedded broker is running again (restart {})", restarts.get());
            // What waited in the outbox while the broker was down goes now, not at the relay's next poll.
            outbox.ifAvailable(OutboxRelay::wake);
        } catch (Exception e) {
            LOG.warn("The embedded broker could not start again; next try in {}: {}", gap, Failures.describe(e));
            gap = Gaps.doubled(gap, LONGEST_GAP);
            nextAttemptAt = System.nanoTime() + gap.toNanos();
            try {
                broker.stop();
            } catch (Exception ignored) {
                // it is stopped either way; the next check tries again
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        // A stopped context may be started again (the test framework pauses the ones not in use): start registers anew.
        health.unregisterContributor("broker");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops watching before anything else stops, so a broker stopping with the portal is never started again. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
