package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.Map;
import uk.frontdoor.council.duty.DutyContact;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.DutyWorker;
import uk.frontdoor.council.duty.Priority;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.validation.FieldError;

/** Who holds the contact and how urgent it is: claim, assign to a colleague, red/amber/green with a reason. */
class TriagePanel extends Div {

    TriagePanel(DutyInbox inbox, DutyContact contact, Runnable changed) {
        addClassName("fd-panel-section");
        CurrentUser user = CurrentUser.signedIn();
        ErrorSummary errors = new ErrorSummary();
        add(new H2("Triage"), errors);
        add(new Paragraph(contact.assignedName() == null ? "Nobody has claimed this contact yet."
                : "Held by " + contact.assignedName() + "."));
        if (!contact.decided()) {
            Button claim = new Button("Claim this contact", click -> {
                inbox.claim(user, contact.id());
                changed.run();
            });
            claim.setId("claim");
            claim.addClassName("fd-button--secondary");
            claim.setVisible(!user.subject().equals(contact.assignedTo()));
            Select<DutyWorker> colleague = new Select<>();
            colleague.setId("assign-to");
            colleague.setLabel("Assign to a colleague");
            colleague.setItems(inbox.workers(user));
            colleague.setItemLabelGenerator(DutyWorker::name);
            Button assign = new Button("Assign", click -> {
                if (colleague.getValue() == null) {
                    errors.show(java.util.List.of(new FieldError("assign-to", "Choose a colleague")),
                            Map.of("assign-to", colleague));
                    return;
                }
                inbox.assign(user, contact.id(), colleague.getValue().subject());
                changed.run();
            });
            assign.setId("assign");
            assign.addClassName("fd-button--secondary");
            add(claim, colleague, assign);
        }

        RadioButtonGroup<Priority> priority = new RadioButtonGroup<>("Priority");
        priority.setId("priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        priority.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        priority.setValue(contact.priority());
        TextArea reason = new TextArea("Why this priority?");
        reason.setId("priority-reason");
        reason.setMaxLength(500);
        reason.setValue(contact.priorityReason() == null ? "" : contact.priorityReason());
        Button save = new Button("Save priority", click -> {
            var problems = new java.util.ArrayList<FieldError>();
            if (priority.getValue() == null) {
                problems.add(new FieldError("priority", "Select a priority"));
            }
            if (reason.getValue().isBlank()) {
                problems.add(new FieldError("priority-reason", "Give the reason for the priority"));
            }
            errors.show(problems, Map.of("priority", priority, "priority-reason", reason));
            if (problems.isEmpty()) {
                inbox.triage(user, contact.id(), priority.getValue(), reason.getValue());
                changed.run();
            }
        });
        save.setId("save-priority");
        save.addClassName("fd-button--secondary");
        add(priority, reason, save);
        if (Arrays.asList(Priority.values()).contains(contact.priority())) {
            priority.setHelperText("Set as " + contact.priority().label() + ": " + contact.priorityReason());
        }
    }
}
