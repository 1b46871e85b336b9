package uk.frontdoor.partner.concern.ui;

import static uk.frontdoor.partner.concern.Factor.*;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.frontdoor.partner.concern.Factor;

/**
 * The worries as GOV.UK checkboxes that fit a phone: the ones partners raise most first, then "something else"
 * opens the rest under headings. Every Children in Need factor code is one checkbox, once.
 */
class WorryChoices extends Div implements HasValidation {

    static final List<Factor> COMMON = List.of(NEGLECT, PHYSICAL_ABUSE_BY_ADULT, EMOTIONAL_ABUSE,
            SEXUAL_ABUSE_BY_ADULT, DOMESTIC_ABUSE_CHILD, SELF_HARM, MENTAL_HEALTH_CHILD, GOING_MISSING);

    /** The rest, by who or what the worry is about. */
    static final Map<String, List<Factor>> MORE = more();

    private final CheckboxGroup<String> common = group("Select all that apply", COMMON);
    private final List<CheckboxGroup<String>> groups;
    private final NativeDetails somethingElse = new NativeDetails("Something else: show more worries");

    WorryChoices(String id) {
        setId(id);
        addClassName("fd-worries");
        common.setId(id + "-common");
        Div rest = new Div();
        rest.addClassName("fd-details__text");
        MORE.forEach((heading, factors) -> rest.add(group(heading, factors)));
        somethingElse.setContent(rest);
        somethingElse.addClassName("fd-details");
        add(common, somethingElse);
        groups = Stream.concat(Stream.of(common), rest.getChildren().map(WorryChoices::asGroup)).toList();
    }

    Set<String> selected() {
        Set<String> chosen = groups.stream().flatMap(group -> group.getValue().stream()).collect(Collectors.toSet());
        return Arrays.stream(Factor.values()).map(Factor::code).filter(chosen::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Opens "something else" when one of its worries was chosen, so nothing chosen is out of sight. */
    void select(Set<String> codes) {
        groups.forEach(group -> group.setValue(group.getListDataView().getItems().filter(codes::contains)
                .collect(Collectors.toSet())));
        somethingElse.setOpen(groups.stream().skip(1).anyMatch(group -> !group.getValue().isEmpty()));
    }

    List<CheckboxGroup<String>> groups() {
        return groups;
    }

    @Override
    public void setErrorMessage(String message) {
        common.setErrorMessage(message);
    }

    @Override
    public String getErrorMessage() {
        return common.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        common.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return common.isInvalid();
    }

    private static CheckboxGroup<String> group(String label, List<Factor> factors) {
        CheckboxGroup<String> group = new CheckboxGroup<>(label);
        group.setItems(factors.stream().map(Factor::code).toList());
        group.setItemLabelGenerator(code -> Factor.ofCode(code).map(Factor::label).orElse(code));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        return group;
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<String> asGroup(com.vaadin.flow.component.Component component) {
        return (CheckboxGroup<String>) component;
    }

    private static Map<String, List<Factor>> more() {
        Map<String, List<Factor>> more = new LinkedHashMap<>();
        more.put("Abuse and exploitation", List.of(PHYSICAL_ABUSE_BY_CHILD, SEXUAL_ABUSE_BY_CHILD, SEXUAL_EXPLOITATION,
                CRIMINAL_EXPLOITATION, GANGS, TRAFFICKING, FGM, FAITH_ABUSE));
        more.put("Domestic abuse of someone else at home", List.of(DOMESTIC_ABUSE_PARENT, DOMESTIC_ABUSE_HOUSEHOLD));
        more.put("The child", List.of(ALCOHOL_CHILD, DRUGS_CHILD, LEARNING_DISABILITY_CHILD, PHYSICAL_DISABILITY_CHILD,
                YOUNG_CARER, SOCIALLY_UNACCEPTABLE_BEHAVIOUR, UNACCOMPANIED_ASYLUM_SEEKING, PRIVATELY_FOSTERED));
        more.put("A parent, carer or someone else at home", List.of(MENTAL_HEALTH_PARENT, MENTAL_HEALTH_HOUSEHOLD,
                ALCOHOL_PARENT, ALCOHOL_HOUSEHOLD, DRUGS_PARENT, DRUGS_HOUSEHOLD, LEARNING_DISABILITY_PARENT,
                LEARNING_DISABILITY_HOUSEHOLD, PHYSICAL_DISABILITY_PARENT, PHYSICAL_DISABILITY_HOUSEHOLD));
        more.put("Something else", List.of(OTHER));
        return more;
    }
}
