package uk.frontdoor.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** GOV.UK summary list: a label and a value per row, in the order the questions were asked. */
public class SummaryList extends DescriptionList {

    public SummaryList() {
        addClassName("fd-summary-list");
    }

    /** A row; left out when there is nothing to show. */
    public SummaryList row(String label, String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(label), new Description(value));
        }
        return this;
    }

    /** A row whose phone numbers are tap-to-call ({@link PhoneLink#within}); left out when there is nothing to show. */
    public SummaryList callableRow(String label, String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(label), new Description(PhoneLink.within(value)));
        }
        return this;
    }

    /** A row with a Change link back to the page that asked it. */
    public SummaryList row(String label, String value, String changeHref) {
        // "Change" for the eye, "Change date of birth" for a screen reader's list of links: hidden text
        // rather than aria-label, so the accessible name starts with what is shown and is translated with it.
        Span which = new Span(" " + lowerFirst(label));
        which.addClassName("fd-visually-hidden");
        Anchor change = new Anchor(changeHref, "Change");
        change.add(which);
        change.getElement().setAttribute("router-link", true);
        change.addClassName("fd-summary-list__change");
        add(new Term(label), new Description(new Span(value == null ? "" : value), change));
        return this;
    }

    /** "Date of birth" becomes "date of birth", but "NHS number" stays as it is. */
    private static String lowerFirst(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.substring(0, 1).toLowerCase(java.util.Locale.UK) + label.substring(1);
    }
}
