package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.ConcernSummary;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.MainLayout;

/** The referrer's concerns (a safeguarding lead: every concern from their school), newest first. */
@Route(value = MyConcernsView.PATH, layout = MainLayout.class)
@PageTitle(MyConcernsView.NAME)
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class MyConcernsView extends Div {

    /** The one name this page has everywhere it is mentioned: home, the confirmation, each timeline. */
    static final String NAME = "My concerns";
    static final String PATH = "my-concerns";

    MyConcernsView(ConcernService concerns) {
        CurrentUser user = CurrentUser.signedIn();
        boolean lead = user.has(Role.SAFEGUARDING_LEAD);
        add(new H1(NAME), new Paragraph(lead ? "Every concern raised from your school, newest first."
                : "Every concern you have raised, newest first."));
        var visible = concerns.visibleTo(user);
        if (visible.isEmpty()) {
            add(new Paragraph("You have not raised any concerns yet."));
        }
        Div list = new Div();
        list.addClassName("fd-concern-list");
        list.setId("concerns");
        for (ConcernSummary concern : visible) {
            RouterLink link = new RouterLink(concern.reference() + ": " + concern.childName(),
                    ConcernTimelineView.class, concern.reference());
            Span status = new Span(concern.latest().status().label());
            status.addClassName("fd-tag");
            Paragraph detail = new Paragraph("Sent " + Dates.dateAndTime(concern.submittedAt())
                    + (lead ? " by " + concern.raisedBy() : ""));
            Div item = new Div(link, status, detail);
            item.addClassName("fd-concern-list__item");
            list.add(item);
        }
        add(list);
    }

    static RouterLink link() {
        RouterLink link = new RouterLink(NAME, MyConcernsView.class);
        link.addClassName("fd-my-concerns-link");
        return link;
    }
}
