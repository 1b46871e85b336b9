package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import uk.frontdoor.partner.concern.Factor;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyContact;
import uk.frontdoor.council.duty.DutyDecision;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.SummaryList;

/** The decision: outcome, factors, level of need and a rationale that cannot be left empty; then its history. */
class DecisionPanel extends Div {

    static final String NO_FACTORS = "21";

    DecisionPanel(DutyDecisions decisions, DutyContact contact, Runnable changed) {
        addClassName("fd-panel-section");
        CurrentUser user = CurrentUser.signedIn();
        List<DutyDecision> made = decisions.decisionsOn(user, contact.id());
        add(new H2("Decision"));
        boolean waiting = !made.isEmpty() && made.getFirst().status() == DutyDecision.Status.AWAITING_SIGN_OFF;
        if (contact.decided()) {
            add(status("Decided " + Dates.dateAndTime(contact.decidedAt()) + ": " + contact.outcome().title() + "."));
        } else if (waiting) {
            add(status(DutyDecision.Status.AWAITING_SIGN_OFF.label() + "."));
        } else {
            addForm(decisions, contact, user, changed);
        }
        for (DutyDecision decision : made) {
            SummaryList summary = new SummaryList()
                    .row("Outcome", decision.outcome().title())
                    .row("Status", decision.status().label())
                    .row("Decided by", decision.decidedByName() + ", " + Dates.dateAndTime(decision.decidedAt()))
                    .row("Factors (CIN codes)", String.join(", ", decision.factors()))
                    .row("Level of need", LevelOfNeed.of(decision.levelOfNeed()).title())
                    .row("Rationale", decision.rationale())
                    .row("Manager's comment", decision.reviewComment());
            summary.addClassName("fd-decision");
            add(summary);
        }
    }

    private static Paragraph status(String text) {
        Paragraph status = new Paragraph(text);
        status.setId("decision-status");
        return status;
    }

    private void addForm(DutyDecisions decisions, DutyContact contact, CurrentUser user, Runnable changed) {
        ErrorSummary errors = new ErrorSummary();
        RadioButtonGroup<ContactOutcome> outcome = new RadioButtonGroup<>("Outcome");
        outcome.setId(DutyDecisions.OUTCOME);
        outcome.setItems(ContactOutcome.values());
        outcome.setItemLabelGenerator(each -> each.title() + (each.needsSignOff() ? " (needs a duty manager's sign-off)" : ""));
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        CheckboxGroup<String> factors = new CheckboxGroup<>("Factors identified");
        factors.setId(DutyDecisions.FACTORS);
        List<String> codes = new ArrayList<>(Arrays.stream(Factor.values()).map(Factor::code).toList());
        codes.add(NO_FACTORS);
        factors.setItems(codes);
        factors.setItemLabelGenerator(code -> code.equals(NO_FACTORS) ? "No factors identified (21)"
                : Factor.ofCode(code).map(factor -> factor.label() + " (" + code + ")").orElse(code));
        factors.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        RadioButtonGroup<LevelOfNeed> level = new RadioButtonGroup<>("Level of need");
        level.setId(DutyDecisions.LEVEL);
        level.setItems(LevelOfNeed.values());
        level.setItemLabelGenerator(LevelOfNeed::title);
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextArea rationale = new TextArea("Rationale");
        rationale.setId(DutyDecisions.RATIONALE);
        rationale.setHelperText("Why this outcome: the risks you weighed, what you checked, and who you spoke to.");
        rationale.setMaxLength(5000);
        Button record = new Button("Record decision", click -> {
            var problems = decisions.decide(user, contact.id(), new DecisionForm(outcome.getValue(),
                    new LinkedHashSet<>(factors.getSelectedItems()),
                    level.getValue() == null ? null : level.getValue().number(), rationale.getValue()));
            errors.show(problems, Map.of(DutyDecisions.OUTCOME, outcome, DutyDecisions.FACTORS, factors,
                    DutyDecisions.LEVEL, level, DutyDecisions.RATIONALE, rationale));
            if (problems.isEmpty()) {
                changed.run();
            }
        });
        record.setId("record-decision");
        record.addClassName("fd-button");
        add(errors, outcome, factors, level, rationale);
        if (contact.assignedTo() == null) {
            add(new Paragraph("Recording a decision claims this contact for you."));
        }
        add(record);
    }
}
