package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import uk.frontdoor.council.duty.DutyEvent;
import uk.frontdoor.shell.Dates;

/** The contact's record: every step on the duty side, who and when. */
class ContactRecordPanel extends Div {

    ContactRecordPanel(java.util.List<DutyEvent> events) {
        addClassName("fd-panel-section");
        add(new H2("Record"));
        OrderedList list = new OrderedList();
        list.setId("record");
        list.addClassName("fd-timeline");
        for (DutyEvent event : events) {
            Span what = new Span(event.what());
            what.addClassName("fd-timeline__status");
            Span when = new Span(event.by() + ", " + Dates.dateAndTime(event.occurredAt()));
            when.addClassName("fd-timeline__time");
            list.add(new ListItem(what, when));
        }
        add(list);
    }
}
