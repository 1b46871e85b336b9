package uk.frontdoor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jms.UncategorizedJmsException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Without the broker, the screens on this instance still hear about their changes; within a transaction each topic
 * is published once, after the commit, and never for a rollback.
 */
class LiveUpdatesTest {

    private final AtomicInteger refreshes = new AtomicInteger();
    private final Div screen = new Div();

    @BeforeEach
    void openScreen() {
        MockVaadin.setup();
        UI.getCurrent().add(screen);
    }

    @AfterEach
    void closeScreen() {
        MockVaadin.tearDown();
    }

    @Test
    void while_the_broker_is_down_the_open_screens_here_still_refresh_once() {
        LiveUpdates liveUpdates = new LiveUpdates(topic -> {
            throw new UncategorizedJmsException("broker down");
        });
        liveUpdates.subscribe(screen, "FD-2026-000001", refreshes::incrementAndGet);

        liveUpdates.publishAfterCommit("FD-2026-000001");
        MockVaadin.clientRoundtrip(false);

        assertThat(refreshes).hasValue(1);
    }

    @Test
    void with_the_broker_up_the_screens_here_wait_for_the_topic_to_come_back() {
        LiveUpdates liveUpdates = new LiveUpdates(topic -> { });
        liveUpdates.subscribe(screen, "FD-2026-000002", refreshes::incrementAndGet);

        liveUpdates.publishAfterCommit("FD-2026-000002");
        MockVaadin.clientRoundtrip(false);
        assertThat(refreshes).hasValue(0);

        liveUpdates.refreshHere("FD-2026-000002");
        MockVaadin.clientRoundtrip(false);
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void a_transaction_that_changes_a_topic_many_times_publishes_it_once_after_it_commits() {
        List<String> sent = new ArrayList<>();
        LiveUpdates liveUpdates = new LiveUpdates(sent::add);

        TransactionSynchronizationManager.initSynchronization();
        try {
            for (int i = 0; i < 100; i++) {
                liveUpdates.publishAfterCommit("duty-inbox");
            }
            liveUpdates.publishAfterCommit("FD-2026-000003");
            assertThat(sent).as("nothing before the commit").isEmpty();
            complete(TransactionSynchronization.STATUS_COMMITTED);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(sent).containsExactly("duty-inbox", "FD-2026-000003");
        assertThat(TransactionSynchronizationManager.getResourceMap()).as("nothing left bound to the thread").isEmpty();
    }

    @Test
    void a_rolled_back_transaction_publishes_nothing_and_the_next_one_publishes_again() {
        List<String> sent = new ArrayList<>();
        LiveUpdates liveUpdates = new LiveUpdates(sent::add);

        for (int status : new int[] {TransactionSynchronization.STATUS_ROLLED_BACK,
                TransactionSynchronization.STATUS_COMMITTED}) {
            TransactionSynchronizationManager.initSynchronization();
            try {
                liveUpdates.publishAfterCommit("duty-inbox");
                complete(status);
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
        }

        assertThat(sent).containsExactly("duty-inbox");
    }

    /** What a transaction manager does at the end of a transaction. */
    private static void complete(int status) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        if (status == TransactionSynchronization.STATUS_COMMITTED) {
            synchronizations.forEach(TransactionSynchronization::afterCommit);
        }
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
    }
}
