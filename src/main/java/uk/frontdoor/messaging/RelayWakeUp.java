package uk.frontdoor.messaging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How this instance's {@link OutboxRelay} learns that something waits: the {@link Outbox} wakes it once the writing
 * transaction has committed. No NOTIFY: PostgreSQL commits every transaction that notified one at a time (a
 * database-wide lock held until its commit is flushed), so a NOTIFY per outbox row kept submits from sharing a flush.
 * What another instance wrote reaches this relay at its next regular look.
 */
@Component
class RelayWakeUp {

    /** A permit means "look in the outbox"; many wake-ups while a batch is in hand come to one more look. */
    private final Semaphore wake = new Semaphore(0);

    /** Wakes the relay once the current transaction commits, never before: until then the row is not there to take. */
    void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            now();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                now();
            }
        });
    }

    void now() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /** Waits for a wake-up or at most {@code longest}, whichever is first; either way the relay then looks. */
    void await(Duration longest) throws InterruptedException {
        wake.tryAcquire(longest.toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
    }
}
