package uk.frontdoor.partner.fostering.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import uk.frontdoor.partner.fostering.Placement;
import uk.frontdoor.partner.fostering.PlacementIntake;
import uk.frontdoor.partner.fostering.Placements;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;

/** The children placed with this carer now (and, for a few days, just after a placement ends). */
@Route(value = "placements", layout = MainLayout.class)
@PageTitle("Your placements")
@RolesAllowed(Roles.FOSTER_CARER)
class MyPlacementsView extends Div {

    private final Placements placements;
    private final LiveUpdates liveUpdates;

    MyPlacementsView(Placements placements, LiveUpdates liveUpdates) {
        this.placements = placements;
        this.liveUpdates = liveUpdates;
        show();
    }

    /** A placement started, changed or ended by the council's placement system shows while the list is open. */
    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, PlacementIntake.carerTopic(CurrentUser.signedIn().subject()), this::show);
    }

    private void show() {
        removeAll();
        add(new H1("Your placements"));
        var mine = placements.forCarer(CurrentUser.signedIn());
        if (mine.isEmpty()) {
            add(new Paragraph("No children are placed with you at the moment."));
        }
        LocalDate today = LocalDate.now();
        for (Placement placement : mine) {
            Div item = new Div(new H2(new RouterLink(placement.childFirstName() + ", " + placement.ageOn(today),
                    PlacementView.class, placement.reference())),
                    new Paragraph(placement.type().label() + " placement since " + Dates.day(placement.startedOn())
                            + (placement.endedOn() == null ? "" : ", ended " + Dates.day(placement.endedOn()))));
            item.addClassName("fd-concern-list__item");
            add(item);
        }
    }
}
