package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.council.duty.DutyDecision;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.SummaryList;
import uk.frontdoor.validation.FieldError;

/** A duty manager's queue: no further action and advice-only decisions waiting for a second pair of eyes. */
@Route(value = "duty/sign-off", layout = MainLayout.class)
@PageTitle("Decisions to sign off")
@RolesAllowed(Roles.DUTY_MANAGER)
class SignOffView extends Div {

    private final DutyDecisions decisions;

    SignOffView(DutyDecisions decisions) {
        this.decisions = decisions;
        show();
    }

    private void show() {
        removeAll();
        CurrentUser manager = CurrentUser.signedIn();
        add(new H1("Decisions to sign off"));
        List<DutyDecision> waiting = decisions.awaitingSignOff(manager);
        if (waiting.isEmpty()) {
            add(new Paragraph("Nothing is waiting for sign-off."));
        }
        for (DutyDecision decision : waiting) {
            add(item(manager, decision));
        }
    }

    private Div item(CurrentUser manager, DutyDecision decision) {
        Div item = new Div();
        item.addClassName("fd-panel-section");
        item.setId("decision-" + decision.reference());
        item.add(new H2(decision.reference() + ": " + decision.outcome().title()),
                new RouterLink("Open the contact", DutyContactView.class, decision.contactId().toString()),
                new SummaryList()
                        .row("Decided by", decision.decidedByName() + ", " + Dates.dateAndTime(decision.decidedAt()))
                        .row("Factors (CIN codes)", String.join(", ", decision.factors()))
                        .row("Level of need", LevelOfNeed.of(decision.levelOfNeed()).title())
                        .row("Rationale", decision.rationale()));
        if (decision.decidedBy().equals(manager.subject())) {
            item.add(new Paragraph("This is your own decision: another duty manager must sign it off."));
            return item;
        }
        ErrorSummary errors = new ErrorSummary();
        TextArea comment = new TextArea("Your comment");
        comment.setId("comment-" + decision.reference());
        comment.setHelperText("Needed when you return a decision: say what to reconsider.");
        comment.setMaxLength(5000);
        Button agree = new Button("Agree and sign off", click -> review(manager, decision, true, comment, errors));
        agree.setId("agree-" + decision.reference());
        agree.addClassName("fd-button");
        Button back = new Button("Return with comment", click -> review(manager, decision, false, comment, errors));
        back.setId("return-" + decision.reference());
        back.addClassName("fd-button--secondary");
        item.add(errors, comment, agree, back);
        return item;
    }

    private void review(CurrentUser manager, DutyDecision decision, boolean agree, TextArea comment, ErrorSummary errors) {
        List<FieldError> problems = decisions.review(manager, decision.id(), agree, comment.getValue());
        errors.show(problems, Map.of(DutyDecisions.COMMENT, comment));
        if (problems.isEmpty()) {
            show();
        }
    }
}
