package uk.frontdoor.partner.concern.ui;

import static uk.frontdoor.partner.concern.ConcernValidator.*;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.NotToldReason;
import uk.frontdoor.partner.concern.ParentsAgreement;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;

/** Whether parents know and agree; if not told, the lawful reason why (it is recorded, not assumed). */
@Route(value = "concern/parents", layout = MainLayout.class)
@PageTitle("The child's parents or carers")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class ParentsView extends ConcernPage {

    private RadioButtonGroup<String> know;
    private RadioButtonGroup<String> agree;
    private RadioButtonGroup<String> notToldReason;
    private TextArea notToldExplanation;

    ParentsView(ConcernDrafts drafts) {
        super(drafts, ConcernStep.PARENTS, "The child's parents or carers");
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        know = field(PARENTS_KNOW, YesNo.radios("Do the child's parents or carers know you are contacting ChAD?"));
        know.setHelperText("You do not need their consent to share a safeguarding concern, but tell us what they know.");
        know.setValue(answers.getParentsKnow());
        agree = field(PARENTS_AGREE, Radios.of("Do they agree?", List.of(ParentsAgreement.values()),
                ParentsAgreement::code, ParentsAgreement::label));
        agree.setValue(answers.getParentsAgree());
        notToldReason = field(NOT_TOLD_REASON, Radios.of("Why have they not been told?", List.of(NotToldReason.values()),
                NotToldReason::code, NotToldReason::label));
        notToldReason.setValue(answers.getNotToldReason());
        notToldExplanation = field(NOT_TOLD_EXPLANATION, WorryView.area("Explain why", LONG_TEXT_MAX,
                "This is recorded with the concern.", answers.getNotToldExplanation()));
        know.addValueChangeListener(change -> showFollowUp(change.getValue()));
        showFollowUp(answers.getParentsKnow());
    }

    /** Only the follow-up question that fits the answer is shown (GOV.UK conditional reveal). */
    private void showFollowUp(String knows) {
        agree.setVisible(ConcernAnswers.YES.equals(knows));
        notToldReason.setVisible(ConcernAnswers.NO.equals(knows));
        notToldExplanation.setVisible(ConcernAnswers.NO.equals(knows));
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setParentsKnow(know.getValue());
        answers.setParentsAgree(agree.getValue());
        answers.setNotToldReason(notToldReason.getValue());
        answers.setNotToldExplanation(notToldExplanation.getValue());
    }
}
