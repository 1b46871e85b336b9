package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.concern.ChadContactDetails;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.PhoneLink;

/** A child in immediate danger needs a phone call, not a form. The form stops here; the draft is kept. */
@Route(value = ImmediateDangerView.PATH, layout = MainLayout.class)
@PageTitle("Call 999 now")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class ImmediateDangerView extends Div {

    static final String PATH = "concern/call-999";

    ImmediateDangerView(ChadContactDetails chad) {
        Div panel = new Div(new H1("Call 999 now"),
                new Paragraph(PhoneLink.within("If a child is in immediate danger, call the police on 999. "
                        + "Do not use this form.")));
        panel.addClassName("fd-warning-panel");
        add(panel);
        add(new H2("Then call ChAD"));
        add(new Paragraph(chad.serviceName() + ": "), PhoneLink.to(chad.phone()), new Paragraph(chad.officeHours() + "."));
        add(new H2("Out of hours"));
        add(new Paragraph("Emergency duty team: "), PhoneLink.to(chad.outOfHoursPhone()));
        Anchor back = new Anchor("concern/danger", "The child is not in immediate danger: go back");
        back.getElement().setAttribute("router-link", true);
        add(new Paragraph(back));
    }
}
