package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import uk.frontdoor.council.duty.DutyContact;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;

/** After the call back: the advice given, recorded and sent to the partner who asked. */
class AdvicePanel extends Div {

    AdvicePanel(DutyDecisions decisions, DutyContact contact, Runnable changed) {
        addClassName("fd-panel-section");
        add(new H2("Advice given"));
        if (contact.decided()) {
            add(new Paragraph("Advice given " + Dates.dateAndTime(contact.decidedAt()) + ". It is in the messages below."));
            return;
        }
        ErrorSummary errors = new ErrorSummary();
        TextArea advice = new TextArea("What advice did you give?");
        advice.setId(DutyDecisions.ADVICE);
        advice.setHelperText("The partner reads this in the portal. It closes the request as information and advice.");
        advice.setMaxLength(2000);
        Button record = new Button("Record advice and tell them", click -> {
            var problems = decisions.giveAdvice(CurrentUser.signedIn(), contact.id(), advice.getValue());
            errors.show(problems, Map.of(DutyDecisions.ADVICE, advice));
            if (problems.isEmpty()) {
                changed.run();
            }
        });
        record.setId("record-advice");
        record.addClassName("fd-button");
        add(errors, advice, record);
    }
}
