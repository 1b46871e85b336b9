package uk.frontdoor.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * GOV.UK character count: a text area that says how many characters are left, or how many too many, and never
 * cuts what was typed or pasted. Going over is an error when the page is sent (the server checks the same limit).
 */
public class CharacterCount extends TextArea {

    /** Long enough not to send every keystroke from a phone, short enough that the count keeps up. */
    static final int PAUSE_MILLIS = 700;

    private final int max;
    private final Span count = new Span();

    public CharacterCount(String label, String hint, int max) {
        super(label);
        this.max = max;
        Span hintText = PhoneLink.within(hint); // "If a child is in immediate danger, call 999."
        hintText.addClassName("fd-hint");
        count.addClassName("fd-character-count__message");
        // Heard after a pause in typing, without taking the screen reader away from the text (GOV.UK: polite).
        count.getElement().setAttribute("aria-live", "polite");
        // In the helper slot, so the text area is described by the hint and the count together.
        Div helper = new Div(hintText, count);
        setHelperComponent(helper);
        addClassName("fd-character-count");
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(PAUSE_MILLIS);
        addValueChangeListener(change -> showCount());
        showCount();
    }

    /** What the count says now, as a person reads and hears it. */
    public String countMessage() {
        return count.getText();
    }

    private void showCount() {
        int left = max - getValue().strip().length(); // as the server counts it
        int shown = Math.abs(left);
        count.setText("You have " + shown + (shown == 1 ? " character" : " characters")
                + (left < 0 ? " too many" : " remaining"));
        count.setClassName("fd-character-count__message--over", left < 0);
    }
}
