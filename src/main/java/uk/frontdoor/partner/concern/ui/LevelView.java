package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.ConcernValidator;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;

/** The referrer's view of the level of need, each level explained where the choice is made. */
@Route(value = "concern/level", layout = MainLayout.class)
@PageTitle("What level of need do you think the child has?")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class LevelView extends ConcernPage {

    private RadioButtonGroup<String> level;

    LevelView(ConcernDrafts drafts) {
        super(drafts, ConcernStep.LEVEL, "What level of need do you think the child has?");
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        Map<String, String> titles = Arrays.stream(LevelOfNeed.values())
                .collect(Collectors.toMap(each -> String.valueOf(each.number()), LevelOfNeed::title));
        Map<String, String> explanations = Arrays.stream(LevelOfNeed.values())
                .collect(Collectors.toMap(each -> String.valueOf(each.number()), LevelOfNeed::explanation));
        level = field(ConcernValidator.LEVEL_OF_NEED, Radios.withHints("Level of need", titles, explanations,
                Arrays.stream(LevelOfNeed.values()).map(each -> String.valueOf(each.number())).toList()));
        level.setHelperText("This is your view. A ChAD social worker makes the decision.");
        level.setValue(answers.getLevelOfNeed());
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setLevelOfNeed(level.getValue());
    }
}
