package uk.frontdoor.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open screens that something they show has changed (Vaadin Push), by topic: a concern's
 * reference, or the duty inbox. Only the topic travels; each screen reloads what its user may see.
 * In-process: with several instances behind a load balancer this becomes a broker topic.
 */
@Component
public class LiveUpdates {

    public static final String DUTY_INBOX = "duty-inbox";

    private final ConcurrentMap<String, Set<Runnable>> refreshers = new ConcurrentHashMap<>();

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

    /** Publishes once the current transaction commits, so no screen shows what was rolled back. */
    public void publishAfterCommit(String topic) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(topic);
                }
            });
        } else {
            publish(topic);
        }
    }

    void publish(String topic) {
        refreshers.getOrDefault(topic, Set.of()).forEach(Runnable::run);
    }
}
