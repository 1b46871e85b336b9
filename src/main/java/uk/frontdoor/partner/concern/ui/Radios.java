package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
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

    /** Radios of a coded answer's options, in their order, each shown by its label and stored by its code. */
    static <T> RadioButtonGroup<String> of(String label, List<T> options, java.util.function.Function<T, String> code,
            java.util.function.Function<T, String> words) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        options.forEach(option -> labels.put(code.apply(option), words.apply(option)));
        return of(label, labels, labels.keySet().toArray(String[]::new));
    }

    /** GOV.UK radios with a hint under an item's label where it helps (an item without one shows its label alone). */
    static RadioButtonGroup<String> withHints(String label, Map<String, String> labels, Map<String, String> hints,
            List<String> codesInOrder) {
        RadioButtonGroup<String> radios = of(label, labels, codesInOrder.toArray(String[]::new));
        radios.setRenderer(new ComponentRenderer<>(code -> {
            Div item = new Div(new Span(labels.get(code)));
            if (hints.containsKey(code)) {
                Span hint = new Span(hints.get(code));
                hint.addClassNames("fd-hint", "fd-break");
                item.add(hint);
            }
            return item;
        }));
        return radios;
    }
}
