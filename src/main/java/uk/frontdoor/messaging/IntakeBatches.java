package uk.frontdoor.messaging;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consumers of the two busiest queues ({@link Queues#BATCHED_INTAKES}: every concern's contact and its
 * acknowledgements), which take their messages in batches: {@code frontdoor.intake.consumers} {@link IntakeWorker
 * workers} a queue, each committing up to {@code frontdoor.intake.batch-size} messages at once. Their routes start
 * from {@code direct:}; the other queues keep their routes' own JMS consumers.
 *
 * <p>Started once Camel's routes run, like the outbox relay, and stopped with it, first: a worker finishes the
 * message or batch in hand (waiting at most {@link #STOP_LIMIT}), and what it had not committed goes back to its queue.
 */
@Component
class IntakeBatches implements SmartLifecycle {

    static final Duration STOP_LIMIT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(IntakeBatches.class);

    private final ConnectionFactory routesConnectionFactory;
    private final ProducerTemplate routes;
    private final TransactionTemplate database;
    private final int consumers;
    private final int batchSize;
    /** Released by a stop, so a worker's gap after a broker failure never holds it up. */
    private final Semaphore stopping = new Semaphore(0);
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong messagesInBatches = new AtomicLong();
    private final AtomicLong rolledBack = new AtomicLong();
    private final List<Thread> workers = new ArrayList<>();
    /** This start's token: a worker left over from an earlier start (still finishing) sees it changed and ends. */
    private volatile Object started;

    IntakeBatches(ConnectionFactory routesConnectionFactory, ProducerTemplate routes,
            PlatformTransactionManager transactionManager, @Value("${frontdoor.intake.consumers}") int consumers,
            @Value("${frontdoor.intake.batch-size:100}") int batchSize) {
        this.routesConnectionFactory = routesConnectionFactory;
        this.routes = routes;
        this.database = new TransactionTemplate(transactionManager);
        this.consumers = consumers;
        this.batchSize = batchSize;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void startTaking() {
        if (started != null) {
            return;
        }
        Object start = new Object();
        started = start;
        stopping.drainPermits();
        Queues.BATCHED_INTAKES.forEach((queue, route) -> {
            for (int i = 1; i <= consumers; i++) {
                workers.add(Thread.ofPlatform().name(route + "-" + i).daemon()
                        .start(new IntakeWorker(queue, route, this, start)));
            }
        });
    }

    /** @param start the token of the start that began the worker asking */
    boolean running(Object start) {
        return started == start;
    }

    /** @return false when stopped while waiting */
    boolean pause(Duration gap) {
        try {
            return !stopping.tryAcquire(gap.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The broker itself, not the cache the routes share: a worker's connection is its own for as long as it runs. */
    Connection ownConnection() throws JMSException {
        ConnectionFactory target = routesConnectionFactory instanceof CachingConnectionFactory caching
                ? caching.getTargetConnectionFactory() : routesConnectionFactory;
        return target.createConnection();
    }

    /** What the routes' JMS endpoints send through: a worker binds its session to it as their transaction. */
    ConnectionFactory routesConnectionFactory() {
        return routesConnectionFactory;
    }

    ProducerTemplate routes() {
        return routes;
    }

    TransactionTemplate database() {
        return database;
    }

    int batchSize() {
        return batchSize;
    }

    void committed(int messages) {
        batches.incrementAndGet();
        messagesInBatches.addAndGet(messages);
    }

    void rolledBack() {
        rolledBack.incrementAndGet();
    }

    /** Batches of more than one message committed since this instance started: the test of batching. */
    long batchesCommitted() {
        return batches.get();
    }

    long messagesInBatches() {
        return messagesInBatches.get();
    }

    long batchesRolledBack() {
        return rolledBack.get();
    }

    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public void start() {
        startTaking();
    }

    @Override
    public boolean isRunning() {
        return started != null;
    }

    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE;
    }

    @Override
    public synchronized void stop() {
        started = null;
        stopping.release(workers.size());
        long deadline = System.nanoTime() + STOP_LIMIT.toNanos();
        try {
            for (Thread worker : workers) {
                if (!worker.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                    LOG.warn("{} did not finish its messages in hand within {} s; they stay on their queue",
                            worker.getName(), STOP_LIMIT.toSeconds());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.clear();
    }
}
