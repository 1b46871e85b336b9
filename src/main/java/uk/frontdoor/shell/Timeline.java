package uk.frontdoor.shell;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;

/**
 * What has happened to something a person sent, newest first: each step in words, when, and what it said (any phone
 * number in it tap-to-call). Announced politely as it changes, for a screen reader on a page that updates live.
 */
public class Timeline extends OrderedList {

    /** One step: what happened, when, and its words (null for none). */
    public record Step(String what, Instant at, String detail) {
    }

    public Timeline() {
        setId("timeline");
        addClassName("fd-timeline");
        getElement().setAttribute("aria-live", "polite");
    }

    /** @param steps oldest first, as they happened */
    public void show(List<Step> steps) {
        removeAll();
        for (Step step : steps.reversed()) {
            Span what = new Span(step.what());
            what.addClassName("fd-timeline__status");
            Span when = new Span(Dates.dateAndTime(step.at()));
            when.addClassName("fd-timeline__time");
            ListItem item = new ListItem(what, when);
            if (step.detail() != null) {
                Paragraph detail = new Paragraph(PhoneLink.within(step.detail()));
                detail.addClassName("fd-timeline__detail");
                item.add(detail);
            }
            add(item);
        }
    }
}
