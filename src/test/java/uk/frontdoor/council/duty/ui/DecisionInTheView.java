package uk.frontdoor.council.duty.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.testsupport.Type;

/** Fills in the decision on the open contact page as a duty worker does, and records it. */
final class DecisionInTheView {

    private DecisionInTheView() {
    }

    @SuppressWarnings("unchecked")
    static void decide(ContactOutcome outcome, String factor, LevelOfNeed level, String rationale) {
        Type.into((RadioButtonGroup<ContactOutcome>) _get(RadioButtonGroup.class, spec -> spec.withId(DutyDecisions.OUTCOME)), outcome);
        Type.into((CheckboxGroup<String>) _get(CheckboxGroup.class, spec -> spec.withId(DutyDecisions.FACTORS)), Set.of(factor));
        Type.into((RadioButtonGroup<LevelOfNeed>) _get(RadioButtonGroup.class, spec -> spec.withId(DutyDecisions.LEVEL)), level);
        Type.into(_get(TextArea.class, spec -> spec.withId(DutyDecisions.RATIONALE)), rationale);
        _click(_get(Button.class, spec -> spec.withId("record-decision")));
    }
}
