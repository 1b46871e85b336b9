package uk.frontdoor.shell;

import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.frontdoor.failure.Failures;
import uk.frontdoor.liveupdate.LiveUpdateBroadcast;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.liveupdate.LiveUpdateReceiver;

/**
 * The screens' side of live updates (Vaadin Push): open screens subscribe to topics, and services publish through
 * {@link LiveUpdatePublisher}. A topic reaches every instance of the portal through the broker
 * ({@link LiveUpdateBroadcast}), so a referrer whose browser is on one instance sees what another instance's
 * consumer recorded.
 */
@Component
public class LiveUpdates implements LiveUpdatePublisher, LiveUpdateReceiver {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final ConcurrentMap<String, Set<Runnable>> refreshers = new ConcurrentHashMap<>();
    private final LiveUpdateBroadcast broadcast;

    LiveUpdates(LiveUpdateBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    /** Runs {@code refresh} in the UI's session whenever the topic changes, until the component detaches. */
    public Registration subscribe(com.vaadin.flow.component.Component component, String topic, Runnable refresh) {
        Runnable pushToUi = () -> component.getUI().ifPresent(ui -> ui.access(refresh::run));
        refreshers.computeIfAbsent(topic, key -> new CopyOnWriteArraySet<>()).add(pushToUi);
        Registration detach = component.addDetachListener(event -> refreshers.get(topic).remove(pushToUi));
        return () -> {
            refreshers.get(topic).remove(pushToUi);
            detach.remove();
        };
    }

    /**
     * Each topic once per transaction, however often it changed in it: a batch of a hundred contacts taken in one
     * transaction refreshes an open duty inbox once, not a hundred times.
     */
    @Override
    public void publishAfterCommit(String topic) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(topic);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> changed = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (changed == null) {
            changed = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, changed);
            TransactionSynchronizationManager.registerSynchronization(new ChangedInTransaction(changed));
        }
        changed.add(topic);
    }

    /** The topics one transaction changed, published once it commits; kept apart while a nested one runs. */
    private final class ChangedInTransaction implements TransactionSynchronization {

        private final Set<String> changed;

        ChangedInTransaction(Set<String> changed) {
            this.changed = changed;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(LiveUpdates.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(LiveUpdates.this, changed);
        }

        @Override
        public void afterCommit() {
            changed.forEach(LiveUpdates.this::publish);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(LiveUpdates.this);
        }
    }

    /** Runs this instance's subscribers to the topic: for each topic the broker brings, from any instance. */
    @Override
    public void refreshHere(String topic) {
        refreshers.getOrDefault(topic, Set.of()).forEach(Runnable::run);
    }

    /**
     * Only through the broker, so this instance hears its own topic like every other and each screen refreshes
     * once. If the broker cannot be reached, this instance's screens still refresh; other instances' screens catch
     * up when they next load (a repeat refresh, should the broker have had it after all, is harmless).
     */
    private void publish(String topic) {
        try {
            broadcast.send(topic);
        } catch (RuntimeException brokerUnreachable) {
            log.warn("Live update refreshes this instance's screens only, the broker could not be reached: {}",
                    Failures.describe(brokerUnreachable));
            refreshHere(topic);
        }
    }
}
