package uk.frontdoor.employer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.employer.EmployerRegistration;
import uk.frontdoor.employer.EmployerService;
import uk.frontdoor.employer.PledgeVersion;
import uk.frontdoor.employer.RegistrationForm;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.shell.SummaryList;

/**
 * An employer registers its organisation as Fostering Friendly and keeps its pledge up to date. Each save adds
 * a version of the pledge and goes to the council's leaving care team, whose answer shows here as it arrives.
 */
@Route(value = "employer/registration", layout = MainLayout.class)
@PageTitle("Your Fostering Friendly registration")
@RolesAllowed("EMPLOYER")
public class EmployerRegistrationView extends Div {


    private final EmployerService employers;
    private final LiveUpdates liveUpdates;
    private final Div status = new Div();
    private final Div history = new Div();
    private final String organisationId;

    public EmployerRegistrationView(EmployerService employers, LiveUpdates liveUpdates) {
        this.employers = employers;
        this.liveUpdates = liveUpdates;
        CurrentUser user = CurrentUser.signedIn();
        organisationId = user.organisationId();
        var current = employers.registration(user);
        var pledges = employers.pledgeHistory(user);

        ErrorSummary errors = new ErrorSummary();
        status.setId("registration-status");
        status.getElement().setAttribute("aria-live", "polite");
        history.setId("pledge-history");
        add(errors, new H1("Your Fostering Friendly registration"),
                new Paragraph("A Fostering Friendly employer supports staff who foster: paid leave, flexible working "
                        + "and time for training and for settling a child in. Tell the council about your "
                        + "organisation and your pledge; the leaving care team checks it."),
                status);

        TextField name = text(RegistrationForm.NAME, "Organisation name", 200);
        TextArea address = new TextArea("Address");
        address.setId(RegistrationForm.ADDRESS);
        address.setMaxLength(500);
        RadioButtonGroup<String> size = radios(RegistrationForm.SIZE, "How many staff does your organisation have?",
                Map.of("1-9", "1 to 9", "10-49", "10 to 49", "50-249", "50 to 249", "250+", "250 or more"),
                RegistrationForm.SIZES);
        TextField contactName = text(RegistrationForm.CONTACT_NAME, "Full name", 200);
        contactName.getElement().setAttribute("autocomplete", "name");
        TextField contactEmail = text(RegistrationForm.CONTACT_EMAIL, "Email address", 254);
        contactEmail.getElement().setAttribute("autocomplete", "email");
        contactEmail.getElement().setAttribute("spellcheck", "false");
        TextField contactPhone = text(RegistrationForm.CONTACT_PHONE, "Phone number", 20);
        contactPhone.getElement().setAttribute("autocomplete", "tel");
        contactPhone.getElement().setAttribute("inputmode", "tel");
        TextField leave = text(RegistrationForm.PAID_LEAVE, "Days of paid leave a year for staff who foster", 2);
        leave.setHelperText("From 0 to " + RegistrationForm.MAX_LEAVE_DAYS + ". Many Fostering Friendly employers "
                + "give 5 days.");
        leave.getElement().setAttribute("inputmode", "numeric");
        Map<String, String> yesNo = Map.of("yes", "Yes", "no", "No");
        RadioButtonGroup<String> flexible = radios(RegistrationForm.FLEXIBLE,
                "Can staff who foster work flexibly?", yesNo, List.of("yes", "no"));
        RadioButtonGroup<String> training = radios(RegistrationForm.TRAINING,
                "Do staff get time off for fostering training and to settle a child in?", yesNo, List.of("yes", "no"));
        TextArea howTold = new TextArea("How are your staff told about fostering?");
        howTold.setId(RegistrationForm.HOW_TOLD);
        howTold.setHelperText("For example, in the staff handbook, at induction, or an information session each year.");
        howTold.setMaxLength(RegistrationForm.TEXT_MAX);
        MemorableDate adopted = new MemorableDate(RegistrationForm.ADOPTED, "When did you adopt the pledge?",
                "For example, 27 3 2026");

        current.ifPresent(registration -> {
            name.setValue(registration.name());
            address.setValue(registration.address());
            size.setValue(registration.staffSize());
            contactName.setValue(registration.contactName());
            contactEmail.setValue(registration.contactEmail());
            contactPhone.setValue(registration.contactPhone());
        });
        if (!pledges.isEmpty()) {
            PledgeVersion latest = pledges.getFirst();
            leave.setValue(Integer.toString(latest.paidLeaveDays()));
            flexible.setValue(latest.flexibleWorking() ? "yes" : "no");
            training.setValue(latest.timeForTraining() ? "yes" : "no");
            howTold.setValue(latest.howStaffAreTold());
            adopted.setValue(Integer.toString(latest.adoptedOn().getDayOfMonth()),
                    Integer.toString(latest.adoptedOn().getMonthValue()), Integer.toString(latest.adoptedOn().getYear()));
        }

        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put(RegistrationForm.NAME, name);
        fields.put(RegistrationForm.ADDRESS, address);
        fields.put(RegistrationForm.SIZE, size);
        fields.put(RegistrationForm.CONTACT_NAME, contactName);
        fields.put(RegistrationForm.CONTACT_EMAIL, contactEmail);
        fields.put(RegistrationForm.CONTACT_PHONE, contactPhone);
        fields.put(RegistrationForm.PAID_LEAVE, leave);
        fields.put(RegistrationForm.FLEXIBLE, flexible);
        fields.put(RegistrationForm.TRAINING, training);
        fields.put(RegistrationForm.HOW_TOLD, howTold);
        fields.put(RegistrationForm.ADOPTED, adopted);

        Button save = new Button(current.isPresent() ? "Save and send the changes to the council"
                : "Register and send to the council", click -> {
            var problems = employers.register(CurrentUser.signedIn(), new RegistrationForm(name.getValue(),
                    address.getValue(), size.getValue(), contactName.getValue(), contactEmail.getValue(),
                    contactPhone.getValue(), leave.getValue(), flexible.getValue(), training.getValue(),
                    howTold.getValue(), adopted.day().getValue(), adopted.month().getValue(), adopted.year().getValue()));
            errors.show(problems, fields);
            if (problems.isEmpty()) {
                refresh();
            }
        });
        save.setId("save-registration");
        save.addClassName("fd-button");
        save.setDisableOnClick(true);
        save.addClickListener(click -> save.setEnabled(true));

        add(new H2("Your organisation"), name, address, size,
                new H2("Contact person"), contactName, contactEmail, contactPhone,
                new H2("Your Fostering Friendly pledge"), leave, flexible, training, howTold, adopted,
                save, history);
        show(current, pledges);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, EmployerService.topic(organisationId), this::refresh);
        refresh();
    }

    private void refresh() {
        CurrentUser user = CurrentUser.signedIn();
        show(employers.registration(user), employers.pledgeHistory(user));
    }

    private void show(java.util.Optional<EmployerRegistration> registration, List<PledgeVersion> pledges) {
        status.removeAll();
        registration.ifPresentOrElse(current -> {
            Paragraph text = new Paragraph(current.statusText());
            text.setId("registration-status-text");
            text.addClassName("fd-inset");
            SummaryList about = new SummaryList()
                    .row("Status", current.statusText())
                    .row("Pledge version", Integer.toString(current.version()))
                    .row("Sent", Dates.dateAndTime(current.submittedAt()))
                    .row("Received by the council", current.receivedAt() == null ? null
                            : Dates.dateAndTime(current.receivedAt()))
                    .row("Checked", current.decidedAt() == null ? null : Dates.dateAndTime(current.decidedAt()));
            status.add(text, about);
        }, () -> status.add(new Paragraph("You have not registered yet.")));
        history.removeAll();
        if (!pledges.isEmpty()) {
            history.add(new H2("Pledge history"));
            for (PledgeVersion pledge : pledges) {
                Div version = new Div();
                version.setId("pledge-version-" + pledge.version());
                version.add(new com.vaadin.flow.component.html.H3("Version " + pledge.version()), new SummaryList()
                        .row("Paid leave a year", pledge.paidLeaveDays() + (pledge.paidLeaveDays() == 1 ? " day" : " days"))
                        .row("Flexible working", pledge.flexibleWorking() ? "Yes" : "No")
                        .row("Time for training and settling a child", pledge.timeForTraining() ? "Yes" : "No")
                        .row("How staff are told about fostering", pledge.howStaffAreTold())
                        .row("Adopted", Dates.day(pledge.adoptedOn()))
                        .row("Recorded", Dates.dateAndTime(pledge.recordedAt()) + " by " + pledge.recordedBy()));
                history.add(version);
            }
        }
    }

    private static TextField text(String id, String label, int max) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }

    static RadioButtonGroup<String> radios(String id, String label, Map<String, String> labels, List<String> codes) {
        RadioButtonGroup<String> radios = new RadioButtonGroup<>(label);
        radios.setId(id);
        radios.setItems(codes);
        radios.setItemLabelGenerator(labels::get);
        radios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        radios.setRequiredIndicatorVisible(true);
        return radios;
    }
}
