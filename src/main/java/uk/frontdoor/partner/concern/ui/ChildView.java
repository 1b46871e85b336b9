package uk.frontdoor.partner.concern.ui;

import static uk.frontdoor.partner.concern.ConcernValidator.*;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.MemorableDate;

@Route(value = "concern/child", layout = MainLayout.class)
@PageTitle("About the child")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class ChildView extends ConcernPage {

    private TextField firstName;
    private TextField lastName;
    private MemorableDate dateOfBirth;
    private Checkbox dateOfBirthUnknown;
    private TextField approximateAge;
    private TextArea address;
    private TextField postcode;
    private TextField school;
    private TextField nhsNumber;
    private TextField pupilNumber;

    ChildView(ConcernDrafts drafts) {
        super(drafts, ConcernStep.CHILD, "About the child");
    }

    @Override
    protected void buildQuestion(ConcernAnswers answers) {
        firstName = field(FIRST_NAME, text("First name", NAME_MAX, answers.getChildFirstName()));
        firstName.getElement().setAttribute("autocomplete", "off");
        lastName = field(LAST_NAME, text("Last name", NAME_MAX, answers.getChildLastName()));
        dateOfBirth = field(DATE_OF_BIRTH, new MemorableDate(DATE_OF_BIRTH, "Date of birth", "For example, 27 3 2015"));
        dateOfBirth.setValue(answers.getDateOfBirth().getDay(), answers.getDateOfBirth().getMonth(),
                answers.getDateOfBirth().getYear());
        dateOfBirthUnknown = new Checkbox("I do not know their date of birth", answers.isDateOfBirthUnknown());
        dateOfBirthUnknown.setId("date-of-birth-unknown");
        add(dateOfBirthUnknown);
        approximateAge = field(APPROXIMATE_AGE, text("Approximate age in years", 2, answers.getApproximateAge()));
        approximateAge.getElement().setAttribute("inputmode", "numeric");
        approximateAge.setVisible(answers.isDateOfBirthUnknown());
        dateOfBirthUnknown.addValueChangeListener(change -> approximateAge.setVisible(change.getValue()));
        address = field(ADDRESS, new TextArea("Address"));
        // No maxlength: a pasted address is not cut short unseen; over ADDRESS_MAX is an error on Continue.
        address.setValue(blankIfNull(answers.getAddress()));
        postcode = field(POSTCODE, text("Postcode", 8, answers.getPostcode()));
        postcode.addClassName("fd-width-10");
        school = field(SCHOOL, text("School or nursery (optional)", SCHOOL_MAX, answers.getSchool()));
        nhsNumber = field(NHS_NUMBER, text("NHS number (optional)", 12, answers.getNhsNumber()));
        nhsNumber.setHelperText("10 digits, for example 485 777 3456");
        nhsNumber.getElement().setAttribute("inputmode", "numeric");
        pupilNumber = field(PUPIL_NUMBER, text("Unique pupil number (optional)", 13, answers.getPupilNumber()));
        pupilNumber.setHelperText("13 characters, for example A123456789012");
    }

    @Override
    protected void readAnswers(ConcernAnswers answers) {
        answers.setChildFirstName(firstName.getValue());
        answers.setChildLastName(lastName.getValue());
        answers.setDateOfBirth(new ConcernAnswers.DateAnswer(dateOfBirth.day().getValue(),
                dateOfBirth.month().getValue(), dateOfBirth.year().getValue()));
        answers.setDateOfBirthUnknown(dateOfBirthUnknown.getValue());
        answers.setApproximateAge(approximateAge.getValue());
        answers.setAddress(address.getValue());
        answers.setPostcode(postcode.getValue());
        answers.setSchool(school.getValue());
        answers.setNhsNumber(nhsNumber.getValue());
        answers.setPupilNumber(pupilNumber.getValue());
    }

    static TextField text(String label, int maxLength, String value) {
        TextField field = new TextField(label);
        field.setMaxLength(maxLength);
        field.setValue(blankIfNull(value));
        return field;
    }
}
