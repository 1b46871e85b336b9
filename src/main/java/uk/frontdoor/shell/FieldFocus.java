package uk.frontdoor.shell;

import com.vaadin.flow.component.Component;

/** Puts the cursor in a field, as a Change link promises, with the field and its label in view. */
public final class FieldFocus {

    private FieldFocus() {
    }

    /** Focuses the field's first input (a date's day, a radio group's first choice), else the field itself. */
    public static void moveTo(Component field) {
        field.getElement().executeJs("""
                const input = this.querySelector('input:not([type=hidden]), textarea') || this;
                input.focus({preventScroll: true});
                this.scrollIntoView({block: 'start'});""");
    }
}
