package uk.frontdoor.testsupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import uk.frontdoor.news.HowToTell;
import uk.frontdoor.news.NewsChoiceStore;
import uk.frontdoor.news.NewsChoiceForm;

/** Drives the news choice form (carers' and employers' alike) on the page open in Karibu, as a person would. */
public final class NewsForm {

    private NewsForm() {
    }

    /** Chooses a way (and types the number, when given) and saves. */
    public static void choose(HowToTell choice, String mobile) {
        Type.into(how(), choice);
        if (mobile != null) {
            Type.into(_get(TextField.class, spec -> spec.withId(NewsChoiceStore.MOBILE)), mobile);
        }
        _click(_get(Button.class, spec -> spec.withId(NewsChoiceForm.SAVE)));
    }

    /** Saves without choosing anything. */
    public static void saveAsItIs() {
        _click(_get(Button.class, spec -> spec.withId(NewsChoiceForm.SAVE)));
    }

    public static List<HowToTell> offered() {
        return how().getListDataView().getItems().toList();
    }

    public static HowToTell chosen() {
        return how().getValue();
    }

    /** The UK mobile number as the form shows it. */
    public static String mobile() {
        return _get(TextField.class, spec -> spec.withId(NewsChoiceStore.MOBILE)).getValue();
    }

    public static String saved() {
        return _get(Paragraph.class, spec -> spec.withId(NewsChoiceForm.SAVED)).getText();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<HowToTell> how() {
        return _get(RadioButtonGroup.class, spec -> spec.withId(NewsChoiceStore.HOW));
    }
}
