package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.ConcernValidator;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;

/** First, and before anything else: is a child in danger right now? */
@Route(value = "concern/danger", layout = MainLayout.class)
@PageTitle("Is a child in immediate danger?")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class DangerView extends ConcernPage {

    private RadioButtonGroup<String> danger;

    DangerView(ConcernDrafts drafts) {
        super(drafts, ConcernStep.DANGER, "Is a child in immediate danger?");
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        danger = field(ConcernValidator.IMMEDIATE_DANGER, YesNo.radios("Is a child in immediate danger?"));
        danger.setHelperText("For example, they are being hurt, are about to be hurt, or cannot be kept safe today.");
        danger.setValue(answers.getImmediateDanger());
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setImmediateDanger(danger.getValue());
    }

    @Override
    protected String nextPath(ConcernAnswers answers) {
        return ConcernAnswers.YES.equals(answers.getImmediateDanger()) ? ImmediateDangerView.PATH : super.nextPath(answers);
    }
}
