package uk.frontdoor.partner.concern.ui;

import static uk.frontdoor.partner.concern.ConcernValidator.CHILDS_VOICE;
import static uk.frontdoor.partner.concern.ConcernValidator.LONG_TEXT_MAX;
import static uk.frontdoor.partner.concern.ConcernValidator.REQUEST;
import static uk.frontdoor.partner.concern.ConcernValidator.REQUEST_DETAIL;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.ReferrerRequest;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;

/**
 * What the referrer hopes will happen, and what the child says in their own words if they were asked: ChAD reads
 * both first and answers the request in its decision.
 */
@Route(value = "concern/request", layout = MainLayout.class)
@PageTitle("What would you like to happen?")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class RequestView extends ConcernPage {

    private RadioButtonGroup<String> request;
    private TextArea detail;
    private TextArea childsVoice;

    RequestView(ConcernDrafts drafts) {
        super(drafts, ConcernStep.REQUEST, "What would you like to happen?");
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        request = field(REQUEST, Radios.of("What would you like to happen?", ReferrerRequest.offered(),
                ReferrerRequest::code, ReferrerRequest::label));
        request.setHelperText("ChAD will tell you how its decision answers this.");
        request.setValue(answers.getRequest());
        detail = field(REQUEST_DETAIL, WorryView.area("Tell us what you would like to happen", LONG_TEXT_MAX,
                "A sentence or two is enough.",
                answers.getRequestDetail()));
        childsVoice = field(CHILDS_VOICE, WorryView.area("What does the child say? (optional)", LONG_TEXT_MAX,
                "In the child's own words if you can. Leave this empty if you have not been able to ask them.",
                answers.getChildsVoice()));
        request.addValueChangeListener(change -> showDetail(change.getValue()));
        showDetail(answers.getRequest());
    }

    /** "Something else" asks what (GOV.UK conditional reveal). */
    private void showDetail(String chosen) {
        detail.setVisible(ReferrerRequest.SOMETHING_ELSE.code().equals(chosen));
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setRequest(request.getValue());
        answers.setRequestDetail(detail.getValue());
        answers.setChildsVoice(childsVoice.getValue());
    }
}
