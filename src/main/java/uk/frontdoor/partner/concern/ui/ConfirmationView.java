package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.concern.ChadContactDetails;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.PhoneLink;

/** GOV.UK confirmation: the reference, and what happens next. */
@Route(value = "concern/sent", layout = MainLayout.class)
@PageTitle("Concern sent")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class ConfirmationView extends Div implements HasUrlParameter<String> {

    private final ConcernService concerns;
    private final ChadContactDetails chad;

    ConfirmationView(ConcernService concerns, ChadContactDetails chad) {
        this.concerns = concerns;
        this.chad = chad;
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        removeAll();
        if (concerns.find(CurrentUser.signedIn(), reference).isEmpty()) {
            add(new H1("Page not found"));
            return;
        }
        Div panel = new Div(new H1("Concern sent"), new Paragraph("Your reference number"));
        Span number = new Span(reference);
        number.addClassName("fd-panel__reference");
        number.setId("reference");
        panel.add(number);
        panel.addClassName("fd-panel");
        add(panel);
        add(new H2("What happens next"));
        add(new Paragraph("ChAD has your concern. It is a contact: a social worker will look at it and decide "
                + "what happens next within one working day. If they decide the child needs a social care "
                + "response, it becomes a referral, and we will tell you."));
        add(new Paragraph(new Span("You can follow each step, including when ChAD receives it and when a social worker "
                + "is looking at it, in "), MyConcernsView.link(), new Span(".")));
        add(new Paragraph(PhoneLink.within("If you have not heard by the end of the next working day, or you are more "
                + "worried, call " + chad.serviceName() + " on " + chad.phone() + ".")));
        RouterLink follow = new RouterLink("Follow this concern", ConcernTimelineView.class, reference);
        follow.setId("follow");
        add(new Paragraph(follow));
    }
}
