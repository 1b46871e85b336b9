package uk.frontdoor.partner.concern.ui;

import static uk.frontdoor.partner.concern.ConcernValidator.*;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import uk.frontdoor.partner.concern.ChildGender;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.Disability;
import uk.frontdoor.partner.concern.Ethnicity;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;

/**
 * The fuller picture of the child, all optional and on one page so the hurried skip it with one tap: gender and
 * ethnicity in Annex A's codes, first language and an interpreter, disability, the GP, the people in the household
 * (who lives with the child, who has parental responsibility) and what must not be shared with the family.
 */
@Route(value = "concern/more-about-the-child", layout = MainLayout.class)
@PageTitle("Tell us more about the child (optional)")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class MoreAboutChildView extends ConcernPage {

    private RadioButtonGroup<String> gender;
    private Select<String> ethnicity;
    private TextField firstLanguage;
    private RadioButtonGroup<String> interpreter;
    private RadioButtonGroup<String> disability;
    private TextArea disabilityDetail;
    private TextField gpPractice;
    private HouseholdRows household;
    private TextArea notToBeShared;

    MoreAboutChildView(ConcernDrafts drafts) {
        super(drafts, ConcernStep.MORE, "Tell us more about the child (optional)");
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        Paragraph lead = new Paragraph("Answer only what you know. If you are in a hurry, skip this page: "
                + "ChAD can ask later.");
        lead.addClassName("fd-hint");
        add(lead);
        notToBeShared = field(NOT_TO_BE_SHARED, WorryView.area("Is there anything that must not be shared with the "
                + "family? (optional)", LONG_TEXT_MAX, "For example, that you made this contact, or a new address. "
                + "The duty social worker reads this first.", answers.getNotToBeShared()));
        gender = field(GENDER, optional(Radios.of("Gender (optional)", List.of(ChildGender.values()),
                ChildGender::code, ChildGender::label)));
        gender.setValue(answers.getGender());
        ethnicity = field(ETHNICITY, new Select<>());
        ethnicity.setLabel("Ethnicity (optional)");
        ethnicity.setItems(Arrays.stream(Ethnicity.values()).map(Ethnicity::code).toList());
        ethnicity.setItemLabelGenerator(code -> code == null ? "Not given"
                : Ethnicity.ofCode(code).map(Ethnicity::label).orElse(code));
        ethnicity.setEmptySelectionAllowed(true);
        ethnicity.setEmptySelectionCaption("Not given");
        ethnicity.setValue(Ethnicity.ofCode(answers.getEthnicity()).map(Ethnicity::code).orElse(null));
        firstLanguage = field(FIRST_LANGUAGE, ChildView.text("First language (optional)", NAME_MAX,
                answers.getFirstLanguage()));
        interpreter = field(INTERPRETER_NEEDED, optional(YesNo.radios(
                "Does the child or their family need an interpreter? (optional)")));
        interpreter.setValue(answers.getInterpreterNeeded());
        disability = field(DISABILITY, optional(Radios.of("Does the child have a disability? (optional)",
                List.of(Disability.values()), Disability::code, Disability::label)));
        disability.setValue(answers.getDisability());
        disabilityDetail = field(DISABILITY_DETAIL, WorryView.area("Tell us about it (optional)", LONG_TEXT_MAX,
                "What helps the child, if you know.", answers.getDisabilityDetail()));
        disability.addValueChangeListener(change -> showDetail(change.getValue()));
        showDetail(answers.getDisability());
        gpPractice = field(GP_PRACTICE, ChildView.text("The child's GP practice (optional)", SCHOOL_MAX,
                answers.getGpPractice()));
        household = new HouseholdRows(answers.getHouseholdMembers(), fields, this::keepAsChanged, this::keep);
        add(household);
    }

    private static RadioButtonGroup<String> optional(RadioButtonGroup<String> radios) {
        radios.setRequiredIndicatorVisible(false);
        return radios;
    }

    private void showDetail(String chosen) {
        disabilityDetail.setVisible(Disability.YES.code().equals(chosen));
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setNotToBeShared(notToBeShared.getValue());
        answers.setGender(gender.getValue());
        answers.setEthnicity(ethnicity.getValue());
        answers.setFirstLanguage(firstLanguage.getValue());
        answers.setInterpreterNeeded(interpreter.getValue());
        answers.setDisability(disability.getValue());
        answers.setDisabilityDetail(disabilityDetail.getValue());
        answers.setGpPractice(gpPractice.getValue());
        answers.setHouseholdMembers(household.members());
    }

    @Override
    protected boolean skippable() {
        return true;
    }

    @Override
    protected void skip(ConcernAnswers answers) {
        answers.clearMoreAboutTheChild();
    }
}
