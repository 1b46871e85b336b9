package uk.frontdoor.partner.concern.ui;

import static uk.frontdoor.partner.concern.ConcernValidator.HOW_TO_TELL;
import static uk.frontdoor.partner.concern.ConcernValidator.EMAIL;
import static uk.frontdoor.partner.concern.ConcernValidator.EMAIL_MAX;
import static uk.frontdoor.partner.concern.ConcernValidator.MOBILE_NUMBER;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.news.HowToTell;
import uk.frontdoor.news.NewsChoices;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;

/**
 * How the referrer wants to hear that ChAD has news: only the ways that will really happen are offered
 * ({@link NewsChoices}); a text message asks for the number underneath (GOV.UK conditional reveal).
 */
@Route(value = "concern/news", layout = MainLayout.class)
@PageTitle("How should we tell you there is news?")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class NewsView extends ConcernPage {

    private final NewsChoices choices;
    private RadioButtonGroup<String> howToTell;
    private TextField email;
    private TextField mobileNumber;

    NewsView(ConcernDrafts drafts, NewsChoices choices) {
        super(drafts, ConcernStep.NEWS, "How should we tell you there is news?");
        this.choices = choices;
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        CurrentUser user = CurrentUser.signedIn();
        List<String> offered = choices.offeredTo(user).stream().map(HowToTell::code).toList();
        Map<String, String> labels = Arrays.stream(HowToTell.values())
                .collect(Collectors.toMap(HowToTell::code, HowToTell::label));
        howToTell = field(HOW_TO_TELL, Radios.of("How should we tell you?", labels, offered.toArray(String[]::new)));
        howToTell.setHelperText("Only that ChAD has news on your concern, with its reference and a link to sign in. "
                + "Never any details.");
        if (offered.contains(answers.getHowToTell())) {
            howToTell.setValue(answers.getHowToTell());
        }
        // The address they signed in with, to change here if news should go elsewhere (a shared safeguarding inbox).
        email = field(EMAIL, ChildView.text("Email address", EMAIL_MAX, answers.emailFor(user.email())));
        email.getElement().setAttribute("autocomplete", "email");
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("spellcheck", "false");
        mobileNumber = field(MOBILE_NUMBER, ChildView.text("UK mobile number", 20, answers.getMobileNumber()));
        mobileNumber.setHelperText("For example, 07700 900 982");
        mobileNumber.getElement().setAttribute("autocomplete", "tel");
        mobileNumber.getElement().setAttribute("inputmode", "tel");
        howToTell.addValueChangeListener(change -> showWhereTo(change.getValue()));
        showWhereTo(howToTell.getValue());
    }

    /** The address or number asked for under the way chosen (GOV.UK conditional reveal). */
    private void showWhereTo(String way) {
        email.setVisible(HowToTell.EMAIL.code().equals(way));
        mobileNumber.setVisible(HowToTell.TEXT_MESSAGE.code().equals(way));
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setHowToTell(howToTell.getValue());
        // A number typed and then not needed is not kept.
        answers.setMobileNumber(mobileNumber.isVisible() ? mobileNumber.getValue() : null);
        answers.setEmail(email.isVisible() ? email.getValue() : null);
    }
}
