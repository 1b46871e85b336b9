package uk.frontdoor.partner.concern.ui;

import static uk.frontdoor.partner.concern.ConcernValidator.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.frontdoor.partner.concern.HouseholdMember;

/**
 * The people in the child's household in GOV.UK's "add another" pattern: each person a fieldset with Remove, then
 * "Add another person", at most {@link uk.frontdoor.partner.concern.ConcernValidator#HOUSEHOLD_MAX}. None to start
 * with, so the page stays one tap to skip. Each answer is registered under its validator id for the error summary.
 */
final class HouseholdRows extends Div {

    private record PersonRow(TextField name, TextField relationship, RadioButtonGroup<String> livesWithChild,
            RadioButtonGroup<String> parentalResponsibility) {
        HouseholdMember member() {
            return new HouseholdMember(name.getValue(), relationship.getValue(), livesWithChild.getValue(),
                    parentalResponsibility.getValue());
        }
    }

    private final Map<String, Component> fields;
    private final Consumer<Component> watch;
    private final Runnable changed;
    private final List<PersonRow> rows = new ArrayList<>();
    private final Div people = new Div();
    private final Button addPerson = new Button();
    private final Paragraph full = new Paragraph("You have added " + HOUSEHOLD_MAX + " people, the most you can add. "
            + "ChAD will ask about anyone else.");

    /**
     * @param watch   keeps a new person's answers as they change, as the page does its own
     * @param changed saves the draft after a person is added or removed
     */
    HouseholdRows(List<HouseholdMember> members, Map<String, Component> fields, Consumer<Component> watch,
            Runnable changed) {
        this.fields = fields;
        this.watch = watch;
        this.changed = changed;
        setId(HOUSEHOLD_MEMBERS);
        fields.put(HOUSEHOLD_MEMBERS, this);
        Paragraph hint = new Paragraph("Who lives with the child, and anyone with parental responsibility for them "
                + "who lives elsewhere.");
        hint.addClassName("fd-hint");
        addPerson.setId("add-person");
        addPerson.addClassName("fd-button--secondary");
        addPerson.addClickListener(click -> addPerson());
        full.addClassName("fd-hint");
        add(new H2("People in the household (optional)"), hint, people, addPerson, full);
        show(members);
    }

    List<HouseholdMember> members() {
        return rows.stream().map(PersonRow::member).toList();
    }

    private void show(List<HouseholdMember> members) {
        fields.keySet().removeIf(id -> id.startsWith(HOUSEHOLD_MEMBERS + "-"));
        people.removeAll();
        rows.clear();
        for (int place = 0; place < members.size(); place++) {
            people.add(person(place, members.get(place)));
        }
        showButtons();
    }

    private void showButtons() {
        addPerson.setText(rows.isEmpty() ? "Add a person" : "Add another person");
        addPerson.setVisible(rows.size() < HOUSEHOLD_MAX);
        full.setVisible(!addPerson.isVisible());
    }

    private FieldSet person(int place, HouseholdMember member) {
        int number = place + 1;
        FieldSet person = new FieldSet("Person " + number);
        person.addClassName("fd-add-another__item");
        TextField name = registered(person, member(number, MEMBER_NAME),
                ChildView.text("Full name", NAME_MAX, member.getName()));
        name.getElement().setAttribute("autocomplete", "off");
        TextField relationship = registered(person, member(number, MEMBER_RELATIONSHIP),
                ChildView.text("Relationship to the child", NAME_MAX, member.getRelationship()));
        relationship.setHelperText("For example, mother, stepfather or older brother");
        RadioButtonGroup<String> lives = registered(person, member(number, MEMBER_LIVES_WITH_CHILD),
                YesNo.radios("Do they live with the child?"));
        lives.setValue(member.getLivesWithChild());
        RadioButtonGroup<String> responsibility = registered(person, member(number, MEMBER_PARENTAL_RESPONSIBILITY),
                YesNo.radios("Do they have parental responsibility for the child?"));
        responsibility.setValue(member.getParentalResponsibility());
        Button remove = new Button("Remove", click -> remove(place));
        remove.setId(member(number, "remove"));
        // Heard as "Remove person 2": the visible word first, so voice control finds it by what it shows.
        remove.getElement().setAttribute("aria-label", "Remove person " + number);
        remove.addClassName("fd-button--secondary");
        person.add(remove);
        rows.add(new PersonRow(name, relationship, lives, responsibility));
        return person;
    }

    private <C extends Component> C registered(FieldSet person, String id, C component) {
        component.setId(id);
        fields.put(id, component);
        person.add(component);
        return component;
    }

    /**
     * A person more is added below the others, whose fields stay as they are: rebuilt, a field someone was still typing
     * in while the tap travelled would be replaced, and what they typed lost.
     */
    private void addPerson() {
        FieldSet added = person(rows.size(), new HouseholdMember());
        people.add(added);
        showButtons();
        watch.accept(added);
        changed.run();
        rows.getLast().name().focus();
    }

    /** The rows anew after a remove, numbered again: their answers watched as the page watches its own, and saved. */
    private void remove(int place) {
        List<HouseholdMember> now = new ArrayList<>(members());
        now.remove(place);
        show(now);
        watch.accept(people);
        changed.run();
        addPerson.focus();
    }
}
