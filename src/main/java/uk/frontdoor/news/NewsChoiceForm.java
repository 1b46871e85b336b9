package uk.frontdoor.news;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.validation.FieldError;

/**
 * "How should we tell you?": the ways offered (email names the sign-in's address), the UK mobile number revealed
 * under a text message (GOV.UK conditional reveal), the error summary, and what was saved said to screen readers.
 * The same form for carers and employers; {@link WhoseNews} checks who may read and change the choice.
 */
public class NewsChoiceForm extends Div {

    public static final String SAVE = "save-news";
    public static final String SAVED = "news-saved";

    public NewsChoiceForm(WhoseNews whose) {
        CurrentUser user = CurrentUser.signedIn();
        ErrorSummary errors = new ErrorSummary();
        RadioButtonGroup<HowToTell> how = new RadioButtonGroup<>("How should we tell you?");
        how.setId(NewsChoiceStore.HOW);
        how.setItems(whose.offered(user));
        how.setItemLabelGenerator(choice -> choice == HowToTell.EMAIL ? "Email, to " + user.email() : choice.label());
        how.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextField mobile = new TextField("UK mobile number");
        mobile.setId(NewsChoiceStore.MOBILE);
        mobile.setHelperText("For example, 07700 900982");
        mobile.setMaxLength(20);
        // Wide enough for its error message, which a narrow field cuts off.
        mobile.setWidthFull();
        mobile.getElement().setAttribute("autocomplete", "tel");
        mobile.getElement().setAttribute("inputmode", "tel");
        whose.choice(user).ifPresent(chosen -> {
            how.setValue(chosen.how());
            if (chosen.mobile() != null) {
                mobile.setValue(UkMobileNumber.parse(chosen.mobile()).map(UkMobileNumber::spaced).orElse(""));
            }
        });
        mobile.setVisible(how.getValue() == HowToTell.TEXT_MESSAGE);
        how.addValueChangeListener(change -> mobile.setVisible(change.getValue() == HowToTell.TEXT_MESSAGE));
        Paragraph saved = new Paragraph();
        saved.setId(SAVED);
        saved.getElement().setAttribute("aria-live", "polite");
        Button save = new Button("Save how to tell me", click -> {
            List<FieldError> problems = whose.choose(CurrentUser.signedIn(), how.getValue(), mobile.getValue());
            errors.show(problems, Map.of(NewsChoiceStore.HOW, how, NewsChoiceStore.MOBILE, mobile));
            saved.setText(problems.isEmpty() ? "Saved: " + how.getValue().label() : "");
        });
        save.setId(SAVE);
        save.addClassName("fd-button");
        add(errors, how, mobile, save, saved);
    }
}
