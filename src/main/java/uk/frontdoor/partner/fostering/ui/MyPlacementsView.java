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
import uk.frontdoor.news.NewsChoiceForm;
import uk.frontdoor.partner.fostering.CarerNews;
import uk.frontdoor.partner.fostering.Placement;
import uk.frontdoor.partner.fostering.PlacementIntake;
import uk.frontdoor.partner.fostering.Placements;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;

/**
 * The children placed with this carer now (and, for a few days, just after a placement ends), updating as the
 * council's placement system starts, changes and ends them; and how the carer wants to be told there is news.
 */
@Route(value = "placements", layout = MainLayout.class)
@PageTitle("Your placements")
@RolesAllowed(Roles.FOSTER_CARER)
class MyPlacementsView extends Div {

    private final Placements placements;
    private final LiveUpdates liveUpdates;
    private final Div list = new Div();

    MyPlacementsView(Placements placements, LiveUpdates liveUpdates, CarerNews news) {
        this.placements = placements;
        this.liveUpdates = liveUpdates;
        list.setId("placements");
        add(new H1("Your placements"), list, newsForm(news));
        show();
    }

    /** A placement started, changed or ended by the council's placement system shows while the list is open. */
    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, PlacementIntake.carerTopic(CurrentUser.signedIn().subject()), this::show);
    }

    private void show() {
        list.removeAll();
        var mine = placements.forCarer(CurrentUser.signedIn());
        if (mine.isEmpty()) {
            list.add(new Paragraph("No children are placed with you at the moment."));
        }
        LocalDate today = LocalDate.now();
        for (Placement placement : mine) {
            Div item = new Div(new H2(new RouterLink(placement.childFirstName() + ", " + placement.ageOn(today),
                    PlacementView.class, placement.reference())),
                    new Paragraph(placement.type().label() + " placement since " + Dates.day(placement.startedOn())
                            + (placement.endedOn() == null ? "" : ", ended " + Dates.day(placement.endedOn()))));
            item.addClassName("fd-concern-list__item");
            list.add(item);
        }
    }

    private Div newsForm(CarerNews news) {
        Div form = new Div(new H2("How to tell you there is news"),
                new Paragraph("We can tell you when there is an update or a change to a placement. The message says only "
                        + "the placement's reference and gives a link to sign in: never the child's name or the news."),
                new NewsChoiceForm(news));
        form.addClassName("fd-panel-section");
        return form;
    }
}
