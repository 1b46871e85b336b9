package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.frontdoor.council.duty.Challenges;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.CharacterCount;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.SummaryList;
import uk.frontdoor.validation.FieldError;

/**
 * A referrer's open challenge of a decision: what they said and by when it must be answered; for a duty manager who
 * did not make or sign off the decision, the answer (it stands, with reasons, or ChAD reconsiders it).
 */
class ChallengePanel extends Div {

    ChallengePanel(Challenges challenges, Challenges.Challenge challenge, Runnable answered) {
        addClassName("fd-panel-section");
        setId("challenge-" + challenge.reference());
        CurrentUser user = CurrentUser.signedIn();
        boolean late = Instant.now().isAfter(challenge.answerBy());
        add(new H2("The referrer disagrees with the decision"), new SummaryList()
                .row("From", challenge.challengedBy() + ", " + challenge.organisationName())
                .row("Received", Dates.dateAndTime(challenge.receivedAt()))
                .row("Answer by", Dates.dateAndTime(challenge.answerBy()) + (late ? " (overdue)" : ""))
                .row("Why they disagree", challenge.reason()));
        if (!challenges.mayAnswer(user, challenge.contactId())) {
            add(new Paragraph("A duty manager who did not make or sign off the decision answers this challenge."));
            return;
        }
        ErrorSummary errors = new ErrorSummary();
        RadioButtonGroup<String> answer = new RadioButtonGroup<>("Your answer");
        // One panel per challenge on the managers' list: each field's id names its contact.
        answer.setId(Challenges.ANSWER + "-" + challenge.reference());
        answer.setItems(Challenges.STANDS, Challenges.RECONSIDERED);
        answer.setItemLabelGenerator(code -> Challenges.STANDS.equals(code)
                ? "The decision stands" : "Reconsider: open the contact for a new decision");
        TextArea reasons = new CharacterCount("Your reasons, for the referrer",
                "The referrer reads this on their concern's page. Say what was weighed and what happens now.", 2000);
        reasons.setId(Challenges.REASONS + "-" + challenge.reference());
        Button send = new Button("Send the answer", click -> {
            List<FieldError> problems = challenges.answer(user, challenge.id(), answer.getValue(), reasons.getValue());
            errors.show(problems, Map.of(Challenges.ANSWER, answer, Challenges.REASONS, reasons));
            if (problems.isEmpty()) {
                answered.run();
            }
        });
        send.setId("answer-" + challenge.reference());
        send.addClassName("fd-button");
        add(errors, answer, reasons, send);
    }
}
