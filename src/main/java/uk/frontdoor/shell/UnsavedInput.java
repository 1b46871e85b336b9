package uk.frontdoor.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a person has typed or chosen on a page and not yet saved, kept across a live refresh: a screen rebuilt
 * because a colleague changed something must not throw away a half-written rationale or message. Only fields the
 * person changed themselves (client-side changes) are kept, each by its id, so a value the server changed still shows.
 */
public final class UnsavedInput {

    private final Map<String, Object> changed = new HashMap<>();

    /** Notes every client-side change to an identified field under {@code root}, from now on. */
    public void watch(Component root) {
        eachField(root, (id, field) -> field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.put(id, change.getValue());
            }
        }));
    }

    /** Puts back what the person had changed into the rebuilt fields with the same ids. */
    @SuppressWarnings("unchecked")
    public void restore(Component root) {
        eachField(root, (id, field) -> {
            if (changed.containsKey(id)) {
                ((HasValue<?, Object>) field).setValue(changed.get(id));
            }
        });
    }

    /** After the person's own save: what they typed is stored, nothing is left to keep. */
    public void forget() {
        changed.clear();
    }

    private static void eachField(Component component, BiConsumer<String, HasValue<?, ?>> action) {
        if (component instanceof HasValue<?, ?> field && component.getId().isPresent()) {
            action.accept(component.getId().get(), field);
        }
        component.getChildren().forEach(child -> eachField(child, action));
    }
}
