package uk.frontdoor.partner.concern.ui;

import static uk.frontdoor.partner.concern.ConcernValidator.*;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.Factor;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.CharacterCount;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.MemorableDate;

@Route(value = "concern/worry", layout = MainLayout.class)
@PageTitle("What are you worried about?")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class WorryView extends ConcernPage {

    private WorryChoices factors;
    private TextArea whatHappened;
    private MemorableDate whenHappened;
    private TextArea actionTaken;

    WorryView(ConcernDrafts drafts) {
        super(drafts, ConcernStep.WORRY, "What are you worried about?");
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        factors = field(FACTORS, new WorryChoices(FACTORS));
        factors.select(answers.getFactors());
        whatHappened = field(WHAT_HAPPENED, area("What did you see or hear?", WHAT_HAPPENED_MAX,
                "Write what happened in the words you would use on the phone: who, what, where. "
                        + "Include anything the child said, in their words.", answers.getWhatHappened()));
        whenHappened = field(WHEN_HAPPENED, new MemorableDate(WHEN_HAPPENED, "When did it happen?",
                "For example, 14 11 2026. If it has happened more than once, give the most recent date."));
        whenHappened.setValue(answers.getWhenHappened().getDay(), answers.getWhenHappened().getMonth(),
                answers.getWhenHappened().getYear());
        actionTaken = field(ACTION_TAKEN, area("What have you already done?", LONG_TEXT_MAX,
                "For example, spoke to the child, told your safeguarding lead, called the police.",
                answers.getActionTaken()));
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setFactors(factors.selected());
        answers.setWhatHappened(whatHappened.getValue());
        answers.setWhenHappened(new ConcernAnswers.DateAnswer(whenHappened.day().getValue(),
                whenHappened.month().getValue(), whenHappened.year().getValue()));
        answers.setActionTaken(actionTaken.getValue());
    }

    static TextArea area(String label, int maxLength, String hint, String value) {
        TextArea area = new CharacterCount(label, hint, maxLength);
        area.setValue(blankIfNull(value));
        return area;
    }
}
