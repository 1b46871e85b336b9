package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import uk.frontdoor.council.duty.matching.ContactHistory;
import uk.frontdoor.council.duty.matching.EarlierContact;
import uk.frontdoor.council.duty.matching.EarlierContacts;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.SummaryList;

/**
 * The whole picture before deciding: earlier contacts about the same child from any partner, each with
 * who raised it and its outcome, to confirm as the same child or set aside as not the same child.
 */
class EarlierContactsSection extends Section {

    static final String HEADING = "Earlier contacts about this child (last 12 months)";

    private final ContactHistory history;
    private final UUID contactId;
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();

    EarlierContactsSection(ContactHistory history, UUID contactId) {
        this.history = history;
        this.contactId = contactId;
        setId("earlier-contacts");
        addClassName("fd-earlier-contacts");
        H2 heading = new H2(HEADING);
        heading.setId("earlier-contacts-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("tabindex", "-1");
        list.setId("earlier-contacts-list");
        add(heading, status, list);
        show();
    }

    private void show() {
        list.removeAll();
        EarlierContacts earlier = history.earlierContacts(CurrentUser.signedIn(), contactId);
        if (earlier.isEmpty()) {
            list.add(new Paragraph("No earlier contacts found"));
            return;
        }
        int count = earlier.inLast12Months();
        list.add(new Paragraph(count + (count == 1 ? " earlier contact" : " earlier contacts")
                + " about this child in the 12 months before this one."));
        earlier.contacts().forEach(contact -> list.add(item(contact)));
    }

    private Div item(EarlierContact earlier) {
        SummaryList rows = new SummaryList()
                .row("Child's name as sent", earlier.childName())
                .row("Received", Dates.dateAndTime(earlier.receivedAt()))
                .row("Raised by", earlier.organisationName())
                .row("Contact source (CIN code)", earlier.referralSource())
                .row("How it matched", earlier.howMatched())
                .row("Same child", earlier.confirmed() ? "Confirmed by a duty worker" : "Not confirmed yet")
                .row("Outcome", earlier.outcome().orElse("Not decided yet"));
        Div item = new Div(new H3(new RouterLink(earlier.reference(), DutyContactView.class, earlier.id().toString())),
                rows);
        item.addClassName("fd-earlier-contacts__item");
        if (!earlier.confirmed()) {
            item.add(button("Confirm", "confirm-", earlier, () -> history.confirm(CurrentUser.signedIn(), contactId,
                    earlier.id()), earlier.reference() + " is confirmed as about this child."));
        }
        item.add(button("Not the same child", "reject-", earlier, () -> history.reject(CurrentUser.signedIn(),
                contactId, earlier.id()), earlier.reference() + " is no longer shown as about this child."));
        return item;
    }

    /** A secondary button whose accessible name also says which contact ("Confirm FD-2026-000123"). */
    private Button button(String text, String idPrefix, EarlierContact earlier, Runnable decision, String done) {
        Button button = new Button(text, click -> {
            decision.run();
            show();
            status.setText(done);
            status.getElement().callJsFunction("focus");
        });
        Span which = new Span(" " + earlier.reference());
        which.addClassName("fd-visually-hidden");
        button.getElement().appendChild(which.getElement());
        button.setId(idPrefix + earlier.reference());
        button.addClassName("fd-button--secondary");
        return button;
    }
}
