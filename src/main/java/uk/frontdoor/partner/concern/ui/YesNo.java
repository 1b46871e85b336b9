package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import uk.frontdoor.partner.concern.ConcernAnswers;

/** Yes and No radios, stored as "yes" and "no". */
final class YesNo {
    private YesNo() {
    }

    static RadioButtonGroup<String> radios(String label) {
        return Radios.of(label, Map.of(ConcernAnswers.YES, "Yes", ConcernAnswers.NO, "No"),
                ConcernAnswers.YES, ConcernAnswers.NO);
    }
}
