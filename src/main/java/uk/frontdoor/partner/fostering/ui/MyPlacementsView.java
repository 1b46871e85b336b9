package uk.frontdoor.partner.fostering.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import uk.frontdoor.partner.concern.HowToTell;
import uk.frontdoor.partner.concern.UkMobileNumber;
import uk.frontdoor.partner.fostering.CarerNews;
import uk.frontdoor.partner.fostering.Placement;
import uk.frontdoor.partner.fostering.PlacementIntake;
import uk.frontdoor.partner.fostering.Placements;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
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
        CurrentUser carer = CurrentUser.signedIn();
        Div form = new Div(new H2("How to tell you there is news"),
                new Paragraph("We can tell you when there is an update or a change to a placement. The message says only "
                        + "the placement's reference and gives a link to sign in: never the child's name or the news."));
        form.addClassName("fd-panel-section");
        ErrorSummary errors = new ErrorSummary();
        RadioButtonGroup<HowToTell> how = new RadioButtonGroup<>("How should we tell you?");
        how.setId(CarerNews.HOW);
        how.setItems(news.offered(carer));
        how.setItemLabelGenerator(choice -> switch (choice) {
            case EMAIL -> "Email, to " + carer.email();
            case TEXT_MESSAGE -> "Text message";
            case DO_NOT_TELL -> "Do not tell me";
        });
        how.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextField mobile = new TextField("UK mobile number");
        mobile.setId(CarerNews.MOBILE);
        mobile.setHelperText("For example, 07700 900982");
        mobile.setMaxLength(20);
        news.choice(carer).ifPresent(chosen -> {
            how.setValue(chosen.how());
            if (chosen.mobile() != null) {
                mobile.setValue(UkMobileNumber.parse(chosen.mobile()).map(UkMobileNumber::spaced).orElse(""));
            }
        });
        mobile.setVisible(how.getValue() == HowToTell.TEXT_MESSAGE);
        how.addValueChangeListener(change -> mobile.setVisible(change.getValue() == HowToTell.TEXT_MESSAGE));
        Paragraph saved = new Paragraph();
        saved.setId("carer-news-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        Button save = new Button("Save how to tell me", click -> {
            var problems = news.choose(CurrentUser.signedIn(), how.getValue(), mobile.getValue());
            errors.show(problems, Map.of(CarerNews.HOW, how, CarerNews.MOBILE, mobile));
            saved.setText(problems.isEmpty() ? "Saved: " + how.getValue().label() : "");
        });
        save.setId("save-carer-news");
        save.addClassName("fd-button");
        form.add(errors, how, mobile, save, saved);
        return form;
    }
}
