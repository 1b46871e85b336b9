package uk.frontdoor.concern.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Map;

/** A vertical radio group of codes with plain-English labels, as GOV.UK radios. */
final class Radios {
    private Radios() {
    }

    static RadioButtonGroup<String> of(String label, Map<String, String> labels, String... codesInOrder) {
        RadioButtonGroup<String> radios = new RadioButtonGroup<>(label);
        radios.setItems(codesInOrder);
        radios.setItemLabelGenerator(labels::get);
        radios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        radios.setRequiredIndicatorVisible(true);
        return radios;
    }
}
