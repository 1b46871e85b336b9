package uk.frontdoor.testsupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Types into a field as a person would: only if it is visible and editable. Karibu 2.6.2's _setValue looks
 * for an internal Vaadin method that 25.1+ no longer has (Karibu 2.7 fixes it); delete this when Karibu is upgraded.
 */
public final class Type {

    private Type() {
    }

    public static <V> void into(HasValue<?, V> field, V value) {
        LocatorJ.assertEditableByUser((com.vaadin.flow.component.Component) field);
        field.setValue(value);
    }

    public static void into(String id, String value) {
        var component = com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.Component.class,
                spec -> spec.withId(id)).getFirst();
        if (component instanceof TextArea area) {
            into(area, value);
        } else {
            into((TextField) component, value);
        }
    }

    public static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }
}
