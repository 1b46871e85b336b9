package uk.frontdoor.duty.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.duty.DutyContact;
import uk.frontdoor.duty.DutyInbox;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;

/** Incoming contacts, newest first, urgent ones marked; new ones appear without a reload. */
@Route(value = "duty", layout = MainLayout.class)
@PageTitle("Duty inbox")
@RolesAllowed({"DUTY_SOCIAL_WORKER", "DUTY_MANAGER"})
public class DutyInboxView extends Div {

    private final DutyInbox inbox;
    private final LiveUpdates liveUpdates;
    private final Div list = new Div();

    public DutyInboxView(DutyInbox inbox, LiveUpdates liveUpdates) {
        this.inbox = inbox;
        this.liveUpdates = liveUpdates;
        list.setId("inbox");
        list.addClassName("fd-inbox");
        list.getElement().setAttribute("aria-live", "polite");
        add(new H1("Duty inbox"), list);
    }

    /** Subscribes, then reloads once: a contact that arrived between the first load and now is not missed. */
    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, LiveUpdates.DUTY_INBOX, this::refresh);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var contacts = inbox.newestFirst(CurrentUser.signedIn());
        if (contacts.isEmpty()) {
            list.add(new Paragraph("No contacts yet."));
        }
        for (DutyContact contact : contacts) {
            RouterLink open = new RouterLink(contact.reference() + ": " + contact.childName(),
                    DutyContactView.class, contact.id().toString());
            Div item = new Div(open);
            item.addClassName("fd-inbox__item");
            if (contact.urgent()) {
                Span urgent = new Span("Urgent");
                urgent.addClassName("fd-tag--urgent");
                item.add(urgent);
                item.addClassName("fd-inbox__item--urgent");
            }
            if (contact.firstOpenedAt() == null) {
                Span unopened = new Span("New");
                unopened.addClassName("fd-tag");
                item.add(unopened);
            }
            item.add(new Paragraph("From " + contact.organisationName() + ", received "
                    + Dates.dateAndTime(contact.receivedAt())));
            list.add(item);
        }
    }
}
