package uk.frontdoor.shell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/**
 * GOV.UK's memorable date: day, month and year boxes in a fieldset. Kept as typed, so an impossible date
 * can be explained and corrected rather than silently dropped by a date picker.
 */
public class MemorableDate extends Div implements HasValidation {

    private final TextField day = part("Day", 2);
    private final TextField month = part("Month", 2);
    private final TextField year = part("Year", 4);
    private final Span error = new Span();

    public MemorableDate(String id, String legend, String hint) {
        setId(id);
        addClassName("fd-date");
        getElement().setAttribute("role", "group");
        Span legendText = new Span(legend);
        legendText.addClassName("fd-legend");
        legendText.setId(id + "-legend");
        Span hintText = new Span(hint);
        hintText.addClassName("fd-hint");
        hintText.setId(id + "-hint");
        // Named by its legend, described by its hint and, when there is one, its error (GOV.UK fieldset).
        getElement().setAttribute("aria-labelledby", id + "-legend");
        getElement().setAttribute("aria-describedby", id + "-hint " + id + "-error");
        error.setId(id + "-error");
        error.addClassName("fd-error-message");
        error.setVisible(false);
        Div parts = new Div(day, month, year);
        parts.addClassName("fd-date__parts");
        add(legendText, hintText, error, parts);
        day.setId(id + "-day");
    }

    private static TextField part(String label, int width) {
        TextField field = new TextField(label);
        field.setMaxLength(width);
        field.addClassName("fd-date__part-" + width);
        field.getElement().setAttribute("inputmode", "numeric");
        return field;
    }

    public TextField day() { return day; }
    public TextField month() { return month; }
    public TextField year() { return year; }

    public void setValue(String dayValue, String monthValue, String yearValue) {
        day.setValue(dayValue == null ? "" : dayValue);
        month.setValue(monthValue == null ? "" : monthValue);
        year.setValue(yearValue == null ? "" : yearValue);
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        setClassName("fd-date--error", invalid);
        day.setInvalid(invalid);
        month.setInvalid(invalid);
        year.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
