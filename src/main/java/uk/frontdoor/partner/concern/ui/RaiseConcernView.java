package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.MainLayout;

/** The start page: what this is for, what you will need, and a saved draft to pick up if there is one. */
@Route(value = RaiseConcernView.PATH, layout = MainLayout.class)
@PageTitle("Raise a concern about a child")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class RaiseConcernView extends Div {

    static final String PATH = "concern";

    RaiseConcernView(ConcernDrafts drafts) {
        CurrentUser user = CurrentUser.signedIn();
        add(new H1("Raise a concern about a child"));
        add(new Paragraph("Tell ChAD, the Children's Advice and Duty service, when you are worried about a child. "
                + "A social worker will decide what happens next within one working day, and you will see "
                + "each step here."));
        add(new H2("Before you start"));
        UnorderedList need = new UnorderedList(
                new ListItem("the child's name, date of birth or age, and address"),
                new ListItem("what you saw or heard, and when"),
                new ListItem("whether the child's parents or carers know"));
        add(new Paragraph("You will need:"), need);
        add(new H2("How serious is it?"));
        UnorderedList levels = new UnorderedList();
        for (LevelOfNeed level : LevelOfNeed.values()) {
            levels.add(new ListItem(level.title() + ": " + level.explanation()));
        }
        add(levels);

        drafts.current(user).ifPresentOrElse(draft -> {
            Div saved = new Div(new Paragraph("You have a concern you started on "
                    + Dates.dateAndTime(draft.updatedAt()) + ". It has been saved."));
            saved.addClassName("fd-inset");
            Button resume = new Button("Continue where you left off",
                    click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(draft.step().path())));
            resume.setId("resume");
            resume.addClassName("fd-button");
            Button restart = new Button("Start a new concern", click -> startNew(drafts, user));
            restart.setId("start-new");
            restart.addClassName("fd-button--secondary");
            add(saved, resume, restart);
        }, () -> {
            Button start = new Button("Start now", click -> startNew(drafts, user));
            start.setId("start");
            start.addClassName("fd-button");
            add(start);
        });
    }

    private void startNew(ConcernDrafts drafts, CurrentUser user) {
        drafts.start(user);
        getUI().ifPresent(ui -> ui.navigate(ConcernStep.DANGER.path()));
    }
}
