package uk.frontdoor.messaging;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** When the relay looks in the outbox: at its start, after this instance's own outbox write commits, and regularly. */
class RelayWakeUpTest {

    private static final Duration NEVER = Duration.ofHours(1);

    private final OutboxBatches batches = mock(OutboxBatches.class);
    private final RelayWakeUp wakeUp = new RelayWakeUp();
    private OutboxRelay relay;

    @AfterEach
    void stop() {
        if (relay != null) {
            relay.stop();
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void it_looks_once_at_its_start_for_what_waited_from_before() {
        start(NEVER);

        verify(batches, timeout(2_000)).relayNext(any());
        verify(batches, after(300).times(1)).relayNext(any());
    }

    @Test
    void an_outbox_write_wakes_it_once_its_transaction_has_committed_and_not_before() {
        writeToTheOutboxAfterTheFirstLook();
        verify(batches, after(300).times(1)).relayNext(any());

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        verify(batches, timeout(2_000).times(2)).relayNext(any());
    }

    @Test
    void a_rolled_back_write_does_not_wake_it() {
        writeToTheOutboxAfterTheFirstLook();
        TransactionSynchronizationManager.getSynchronizations().forEach(synchronization ->
                synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        verify(batches, after(300).times(1)).relayNext(any());
    }

    @Test
    void unwoken_it_still_looks_at_every_interval_for_what_other_instances_wrote() {
        start(Duration.ofMillis(100));

        verify(batches, timeout(2_000).atLeast(4)).relayNext(any());
    }

    /** The relay has made its start's look and waits; a transaction is open that has written to the outbox. */
    private void writeToTheOutboxAfterTheFirstLook() {
        start(NEVER);
        verify(batches, timeout(2_000)).relayNext(any());
        TransactionSynchronizationManager.initSynchronization();
        wakeUp.afterCommit();
    }

    private void start(Duration lookInterval) {
        when(batches.batchSize()).thenReturn(100);
        when(batches.relayNext(any())).thenReturn(0);
        relay = new OutboxRelay(wakeUp, batches, lookInterval);
        relay.start();
    }
}
