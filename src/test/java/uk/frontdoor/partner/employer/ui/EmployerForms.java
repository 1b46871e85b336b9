package uk.frontdoor.partner.employer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import uk.frontdoor.partner.employer.RegistrationForm;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.testsupport.Type;

/** Filling in the Fostering Friendly registration as an employer would. */
final class EmployerForms {

    private EmployerForms() {
    }

    /** A complete, valid registration; {@code howStaffAreTold} makes it recognisable in a shared database. */
    static RegistrationForm valid(String leaveDays, String howStaffAreTold) {
        LocalDate adopted = LocalDate.now().minusMonths(2);
        return new RegistrationForm("Potteries Logistics Ltd", "1 Etruria Road, Stoke-on-Trent ST1 5NH", "50-249",
                "Emma Employer", "emma@potteries.example", "01782 555 100", leaveDays, "yes", "yes", howStaffAreTold,
                Integer.toString(adopted.getDayOfMonth()), Integer.toString(adopted.getMonthValue()),
                Integer.toString(adopted.getYear()));
    }

    static void fillIn(RegistrationForm form) {
        Type.into(text(RegistrationForm.NAME), form.name());
        Type.into(_get(TextArea.class, spec -> spec.withId(RegistrationForm.ADDRESS)), form.address());
        Type.into(radios(RegistrationForm.SIZE), form.staffSize());
        Type.into(text(RegistrationForm.CONTACT_NAME), form.contactName());
        Type.into(text(RegistrationForm.CONTACT_EMAIL), form.contactEmail());
        Type.into(text(RegistrationForm.CONTACT_PHONE), form.contactPhone());
        Type.into(text(RegistrationForm.PAID_LEAVE), form.paidLeaveDays());
        Type.into(radios(RegistrationForm.FLEXIBLE), form.flexibleWorking());
        Type.into(radios(RegistrationForm.TRAINING), form.timeForTraining());
        Type.into(_get(TextArea.class, spec -> spec.withId(RegistrationForm.HOW_TOLD)), form.howStaffAreTold());
        MemorableDate adopted = _get(MemorableDate.class, spec -> spec.withId(RegistrationForm.ADOPTED));
        Type.into(adopted.day(), form.adoptedDay());
        Type.into(adopted.month(), form.adoptedMonth());
        Type.into(adopted.year(), form.adoptedYear());
    }

    /** The answers the form shows now, as they would be sent. */
    static RegistrationForm shown() {
        MemorableDate adopted = _get(MemorableDate.class, spec -> spec.withId(RegistrationForm.ADOPTED));
        return new RegistrationForm(text(RegistrationForm.NAME).getValue(),
                _get(TextArea.class, spec -> spec.withId(RegistrationForm.ADDRESS)).getValue(),
                radios(RegistrationForm.SIZE).getValue(), text(RegistrationForm.CONTACT_NAME).getValue(),
                text(RegistrationForm.CONTACT_EMAIL).getValue(), text(RegistrationForm.CONTACT_PHONE).getValue(),
                text(RegistrationForm.PAID_LEAVE).getValue(), radios(RegistrationForm.FLEXIBLE).getValue(),
                radios(RegistrationForm.TRAINING).getValue(),
                _get(TextArea.class, spec -> spec.withId(RegistrationForm.HOW_TOLD)).getValue(),
                adopted.day().getValue(), adopted.month().getValue(), adopted.year().getValue());
    }

    /** Continue: to check your answers when every answer is right, otherwise the error summary. */
    static void continueOn() {
        _click(_get(Button.class, spec -> spec.withId("continue-registration")));
    }

    /** "Send registration" on check your answers. */
    static void send() {
        _click(_get(Button.class, spec -> spec.withId("send-registration")));
    }

    /** Continue, then send from check your answers. */
    static void continueAndSend() {
        continueOn();
        send();
    }

    static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static RadioButtonGroup<String> radios(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }
}
