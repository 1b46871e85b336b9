package uk.frontdoor.concern.ui;

import static uk.frontdoor.concern.ConcernValidator.HOW_TO_TELL;
import static uk.frontdoor.concern.ConcernValidator.MOBILE_NUMBER;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.frontdoor.concern.ConcernAnswers;
import uk.frontdoor.concern.ConcernDrafts;
import uk.frontdoor.concern.ConcernStep;
import uk.frontdoor.concern.HowToTell;
import uk.frontdoor.concern.NewsChoices;
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
public class NewsView extends ConcernPage {

    private final NewsChoices choices;
    private RadioButtonGroup<String> howToTell;
    private TextField mobileNumber;

    public NewsView(ConcernDrafts drafts, NewsChoices choices) {
        super(drafts, ConcernStep.NEWS, "How should we tell you there is news?");
        this.choices = choices;
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        CurrentUser user = CurrentUser.signedIn();
        List<String> offered = choices.offeredTo(user).stream().map(HowToTell::code).toList();
        Map<String, String> labels = Arrays.stream(HowToTell.values())
                .collect(Collectors.toMap(HowToTell::code, HowToTell::label));
        Map<String, String> hints = user.email() == null ? Map.of() : Map.of(HowToTell.EMAIL.code(), "To " + user.email());
        howToTell = field(HOW_TO_TELL, Radios.withHints("How should we tell you?", labels, hints, offered));
        howToTell.setHelperText("Only that ChAD has news on your concern, with its reference and a link to sign in. "
                + "Never any details.");
        if (offered.contains(answers.getHowToTell())) {
            howToTell.setValue(answers.getHowToTell());
        }
        mobileNumber = field(MOBILE_NUMBER, ChildView.text("UK mobile number", 20, answers.getMobileNumber()));
        mobileNumber.setHelperText("For example, 07700 900 982");
        mobileNumber.getElement().setAttribute("autocomplete", "tel");
        mobileNumber.getElement().setAttribute("inputmode", "tel");
        howToTell.addValueChangeListener(change -> showMobileNumber(change.getValue()));
        showMobileNumber(howToTell.getValue());
    }

    private void showMobileNumber(String way) {
        mobileNumber.setVisible(HowToTell.TEXT_MESSAGE.code().equals(way));
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setHowToTell(howToTell.getValue());
        // A number typed and then not needed is not kept.
        answers.setMobileNumber(mobileNumber.isVisible() ? mobileNumber.getValue() : null);
    }
}
