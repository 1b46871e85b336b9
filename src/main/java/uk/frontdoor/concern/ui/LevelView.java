package uk.frontdoor.concern.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import uk.frontdoor.concern.ConcernAnswers;
import uk.frontdoor.concern.ConcernDrafts;
import uk.frontdoor.concern.ConcernStep;
import uk.frontdoor.concern.ConcernValidator;
import uk.frontdoor.concern.LevelOfNeed;
import uk.frontdoor.shell.MainLayout;

/** The referrer's view of the level of need, each level explained where the choice is made. */
@Route(value = "concern/level", layout = MainLayout.class)
@PageTitle("What level of need do you think the child has?")
@RolesAllowed({"TEACHER", "SAFEGUARDING_LEAD", "GP"})
public class LevelView extends ConcernPage {

    private RadioButtonGroup<String> level;

    public LevelView(ConcernDrafts drafts) {
        super(drafts, ConcernStep.LEVEL, "What level of need do you think the child has?");
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        level = field(ConcernValidator.LEVEL_OF_NEED, new RadioButtonGroup<>("Level of need"));
        level.setHelperText("This is your view. A ChAD social worker makes the decision.");
        level.setItems(Arrays.stream(LevelOfNeed.values()).map(each -> String.valueOf(each.number())).toList());
        level.setRenderer(new ComponentRenderer<>(number -> {
            LevelOfNeed each = LevelOfNeed.of(Integer.parseInt(number));
            Span hint = new Span(each.explanation());
            hint.addClassName("fd-hint");
            return new Div(new Span(each.title()), hint);
        }));
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setValue(answers.getLevelOfNeed());
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setLevelOfNeed(level.getValue());
    }
}
