package uk.frontdoor.messaging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.failure.Failures;

/**
 * Empties the outbox onto the broker, one {@link OutboxBatches batch} after another, on one thread: woken when this
 * instance's own outbox write commits ({@link RelayWakeUp}), and every {@code frontdoor.relay.look-interval} (500 ms)
 * in any case, for what another instance wrote or left behind, it relays until a batch comes back short. Under load
 * batches fill up, so the commits per message fall as the rate rises; a lone concern still leaves at once, in a batch
 * of one. One thread per instance keeps the outbox's order onto the queues; instances take disjoint batches (SKIP
 * LOCKED).
 *
 * <p>A failed batch (the broker or database down) rolls back whole and is tried again with gaps doubling from
 * {@link Gaps#FIRST} to {@link Gaps#LONGEST}, for as long as it fails. The outbox takes its oldest messages first, so a
 * failing one holds up those behind it: a route fed from here only checks the contract and puts the message on a
 * queue, and anything that calls an outside service consumes that queue.
 *
 * <p>On shutdown it stops first, beside the web server's graceful drain and before Camel and the broker: from then on
 * it hands nothing more to a route (the batch in hand rolls back into the outbox for the next start), and it waits
 * at most {@link #STOP_LIMIT} for that, so a broken broker or database cannot hold up the stop.
 */
@Component
@ConditionalOnProperty(name = "frontdoor.relay.enabled", havingValue = "true", matchIfMissing = true)
class OutboxRelay implements SmartLifecycle {

    static final String MESSAGE_ID = "FrontDoorMessageId";
    // A healthy batch of 100 leaves in well under a second; one stuck on a broken broker never does.
    static final Duration STOP_LIMIT = Duration.ofSeconds(1);
    /** After the first failure, one log line every this many attempts. */
    private static final int LOG_EVERY = 10;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final RelayWakeUp wakeUp;
    private final Duration lookInterval;
    private final OutboxBatches batches;
    /** Released by a stop, so a failed batch's gap never holds it up; a wake-up does not shorten the gap. */
    private final Semaphore stopping = new Semaphore(0);
    private volatile boolean relaying;
    private volatile Thread worker;

    OutboxRelay(RelayWakeUp wakeUp, OutboxBatches batches,
            @Value("${frontdoor.relay.look-interval:500ms}") Duration lookInterval) {
        this.wakeUp = wakeUp;
        this.batches = batches;
        this.lookInterval = lookInterval;
    }

    /** Look in the outbox now, e.g. when the broker is back, rather than at the next regular look. */
    void wake() {
        wakeUp.now();
    }

    /** Start only once Camel's routes run, so nothing is taken from the outbox before it can be relayed. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void startRelaying() {
        if (relaying) {
            return;
        }
        relaying = true;
        stopping.drainPermits();
        wake(); // what waited from before this start
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::relay);
    }

    private void relay() {
        while (relaying) {
            try {
                wakeUp.await(lookInterval);
                relayWhatWaits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Batch after batch until one comes back short; a failure waits its gap and tries again. */
    private void relayWhatWaits() throws InterruptedException {
        Duration gap = Gaps.FIRST;
        int attempts = 0;
        while (relaying) {
            try {
                if (batches.relayNext(() -> relaying) < batches.batchSize()) {
                    if (attempts > 0) {
                        log.info("The outbox relay is handing messages on again after {} failed attempts", attempts);
                    }
                    return;
                }
                attempts = 0;
                gap = Gaps.FIRST;
            } catch (RuntimeException failure) {
                if (!relaying) {
                    return;
                }
                if (attempts++ % LOG_EVERY == 0) {
                    log.warn("Outbox relay failed; the batch stays in the outbox and is tried again in {} ms "
                            + "(attempt {}): {}", gap.toMillis(), attempts, Failures.describe(failure));
                }
                if (stopping.tryAcquire(gap.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
                gap = Gaps.doubled(gap, Gaps.LONGEST);
            }
        }
    }

    /** Started on {@link ApplicationReadyEvent}, not with the other beans. */
    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public void start() {
        startRelaying();
    }

    @Override
    public boolean isRunning() {
        return relaying;
    }

    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE;
    }

    @Override
    public synchronized void stop() {
        relaying = false;
        wake();
        stopping.release();
        Thread inHand = worker;
        if (inHand == null) {
            return;
        }
        // The batch in hand can wait on a broken broker or database; past the limit the JVM's exit ends its
        // connection and the database rolls it back into the outbox.
        try {
            if (!inHand.join(STOP_LIMIT)) {
                log.warn("The outbox relay's batch in hand did not finish within {} s; it stays in the outbox",
                        STOP_LIMIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
