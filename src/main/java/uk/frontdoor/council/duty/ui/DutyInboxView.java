package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.calendar.DeadlineStatus;
import uk.frontdoor.council.duty.DutyContact;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.InboxFilter;
import uk.frontdoor.organisation.ReferralSource;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;

/**
 * Incoming contacts, newest first, with each one's one-working-day clock; urgent, due today and overdue stand
 * out; filtered as a duty team works; new ones appear without a reload.
 */
@Route(value = "duty", layout = MainLayout.class)
@PageTitle("Duty inbox")
@RolesAllowed({Roles.DUTY_SOCIAL_WORKER, Roles.DUTY_MANAGER})
class DutyInboxView extends Div implements BeforeEnterObserver {

    static final String FILTER = "filter";
    static final String SOURCE = "source";

    private final DutyInbox inbox;
    private final LiveUpdates liveUpdates;
    private final Nav filters = new Nav();
    private final Select<ReferralSource> sources = new Select<>();
    private final Div list = new Div();
    private InboxFilter filter = InboxFilter.OPEN;
    private ReferralSource source;

    DutyInboxView(DutyInbox inbox, LiveUpdates liveUpdates) {
        this.inbox = inbox;
        this.liveUpdates = liveUpdates;
        filters.addClassName("fd-filters");
        filters.getElement().setAttribute("aria-label", "Filter the inbox");
        sources.setId("source");
        sources.setLabel("From");
        sources.setEmptySelectionAllowed(true);
        sources.setEmptySelectionCaption("Any source");
        sources.setItems(ReferralSource.values());
        sources.setItemLabelGenerator(each -> each == null ? "Any source" : each.label() + " (" + each.code() + ")");
        sources.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(DutyInboxView.class, query(filter, change.getValue())));
            }
        });
        list.setId("inbox");
        list.addClassName("fd-inbox");
        list.getElement().setAttribute("aria-live", "polite");
        add(new H1("Duty inbox"), filters, sources, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, java.util.List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        filter = Optional.ofNullable(parameters.get(FILTER)).map(values -> values.getFirst())
                .flatMap(name -> Arrays.stream(InboxFilter.values()).filter(each -> each.name().equalsIgnoreCase(name)).findFirst())
                .orElse(InboxFilter.OPEN);
        source = Optional.ofNullable(parameters.get(SOURCE)).map(values -> values.getFirst())
                .flatMap(ReferralSource::ofCode).orElse(null);
        sources.setValue(source);
        filters.removeAll();
        for (InboxFilter each : InboxFilter.values()) {
            RouterLink link = new RouterLink(each.label(), DutyInboxView.class);
            link.setQueryParameters(query(each, source));
            link.addClassName("fd-filters__link");
            if (each == filter) {
                link.getElement().setAttribute("aria-current", "page");
            }
            filters.add(link);
        }
        if (isAttached()) {
            refresh();
        }
    }

    /** Subscribes, then reloads once: a contact that arrived between the first load and now is not missed. */
    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, LiveUpdates.DUTY_INBOX, this::refresh);
        refresh();
    }

    private static QueryParameters query(InboxFilter filter, ReferralSource source) {
        return source == null ? QueryParameters.of(FILTER, filter.name().toLowerCase())
                : QueryParameters.simple(Map.of(FILTER, filter.name().toLowerCase(), SOURCE, source.code()));
    }

    private void refresh() {
        list.removeAll();
        var contacts = inbox.list(CurrentUser.signedIn(), filter, source == null ? null : source.code());
        if (contacts.isEmpty()) {
            list.add(new Paragraph("No contacts here."));
        }
        for (DutyContact contact : contacts) {
            list.add(item(contact));
        }
    }

    private Div item(DutyContact contact) {
        RouterLink open = new RouterLink(contact.reference() + ": " + contact.childName(),
                DutyContactView.class, contact.id().toString());
        Div item = new Div(open);
        item.addClassName("fd-inbox__item");
        if (contact.urgent()) {
            item.add(tag("Urgent", "fd-tag--urgent"));
            item.addClassName("fd-inbox__item--urgent");
        }
        if (contact.priority() != null) {
            item.add(tag(contact.priority().label(), "fd-tag--" + contact.priority().name().toLowerCase()));
        }
        if (contact.firstOpenedAt() == null) {
            item.add(tag("New", "fd-tag"));
        }
        if (contact.decided()) {
            item.add(new Paragraph("Decided: " + contact.outcome().title()));
        } else {
            DeadlineStatus deadline = inbox.deadline(contact);
            Paragraph due = new Paragraph(deadline.label() + " " + Dates.dateAndTime(contact.decisionDueAt()));
            due.addClassName("fd-deadline--" + deadline.name().toLowerCase().replace('_', '-'));
            item.add(due);
        }
        item.add(new Paragraph("From " + contact.organisationName() + ", received "
                + Dates.dateAndTime(contact.receivedAt())
                + (contact.assignedName() == null ? ". Unclaimed." : ". Held by " + contact.assignedName() + ".")));
        return item;
    }

    private static Span tag(String text, String className) {
        Span tag = new Span(text);
        tag.addClassName(className);
        return tag;
    }
}
