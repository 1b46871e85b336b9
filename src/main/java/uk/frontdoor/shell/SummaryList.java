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

    /** A row with a Change link back to the page that asked it. */
    public SummaryList row(String label, String value, String changeHref) {
        Anchor change = new Anchor(changeHref, "Change");
        change.getElement().setAttribute("router-link", true);
        change.getElement().setAttribute("aria-label", "Change " + label.toLowerCase());
        change.addClassName("fd-summary-list__change");
        add(new Term(label), new Description(new Span(value == null ? "" : value), change));
        return this;
    }
}
