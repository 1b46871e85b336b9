package uk.frontdoor.partner.employer.ui;

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
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.partner.employer.EmployerRegistration;
import uk.frontdoor.partner.employer.EmployerService;
import uk.frontdoor.partner.employer.PledgeVersion;
import uk.frontdoor.partner.employer.RegistrationForm;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.FieldFocus;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.shell.SummaryList;

/**
 * An employer registers its organisation as Fostering Friendly and keeps its pledge up to date. Continue checks
 * the answers here, then check your answers sends them: each send adds a version of the pledge and goes to the
 * council's leaving care team, whose answer shows here as it arrives.
 */
@Route(value = EmployerRegistrationView.PATH, layout = MainLayout.class)
@PageTitle("Your Fostering Friendly registration")
@RolesAllowed(Roles.EMPLOYER)
class EmployerRegistrationView extends Div implements AfterNavigationObserver {

    static final String PATH = "employer/registration";
    /** {@code ?change=<field id>}: a Change link from check your answers, which puts the cursor in that field. */
    static final String CHANGE = "change";
    static final Map<String, String> STAFF_SIZES = Map.of("1-9", "1 to 9", "10-49", "10 to 49", "50-249", "50 to 249",
            "250+", "250 or more");
    private static final Map<String, String> YES_NO = Map.of("yes", "Yes", "no", "No");

    private final EmployerService employers;
    private final LiveUpdates liveUpdates;
    private final Div status = new Div();
    private final Div history = new Div();
    private final String organisationId;
    private final ErrorSummary errors = new ErrorSummary();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Optional<RegistrationDraft> kept = RegistrationDraft.current();

    EmployerRegistrationView(EmployerService employers, LiveUpdates liveUpdates) {
        this.employers = employers;
        this.liveUpdates = liveUpdates;
        CurrentUser user = CurrentUser.signedIn();
        organisationId = user.organisationId();
        var current = employers.registration(user);
        var pledges = employers.pledgeHistory(user);

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
                STAFF_SIZES, RegistrationForm.SIZES);
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
        RadioButtonGroup<String> flexible = radios(RegistrationForm.FLEXIBLE,
                "Can staff who foster work flexibly?", YES_NO, List.of("yes", "no"));
        RadioButtonGroup<String> training = radios(RegistrationForm.TRAINING,
                "Do staff get time off for fostering training and to settle a child in?", YES_NO, List.of("yes", "no"));
        TextArea howTold = new TextArea("How are your staff told about fostering?");
        howTold.setId(RegistrationForm.HOW_TOLD);
        howTold.setHelperText("For example, in the staff handbook, at induction, or an information session each year.");
        howTold.setMaxLength(RegistrationForm.TEXT_MAX);
        MemorableDate adopted = new MemorableDate(RegistrationForm.ADOPTED, "When did you adopt the pledge?",
                "For example, 27 3 2026");

        Paragraph unsent = new Paragraph("These answers are not sent yet. Continue to check them and send them "
                + "to the council.");
        unsent.setId("unsent-answers");
        unsent.addClassName("fd-inset");
        unsent.setVisible(kept.isPresent());
        RegistrationForm answers = kept.map(RegistrationDraft::form).orElseGet(() -> latest(current, pledges));
        name.setValue(orEmpty(answers.name()));
        address.setValue(orEmpty(answers.address()));
        size.setValue(answers.staffSize());
        contactName.setValue(orEmpty(answers.contactName()));
        contactEmail.setValue(orEmpty(answers.contactEmail()));
        contactPhone.setValue(orEmpty(answers.contactPhone()));
        leave.setValue(orEmpty(answers.paidLeaveDays()));
        flexible.setValue(answers.flexibleWorking());
        training.setValue(answers.timeForTraining());
        howTold.setValue(orEmpty(answers.howStaffAreTold()));
        adopted.setValue(orEmpty(answers.adoptedDay()), orEmpty(answers.adoptedMonth()), orEmpty(answers.adoptedYear()));

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

        // Continue keeps the answers whatever they are, so nothing typed is lost on the way to check your answers
        // and back; only right answers go on to be checked and sent.
        Button next = new Button("Continue", click -> {
            RegistrationForm typed = new RegistrationForm(name.getValue(), address.getValue(), size.getValue(),
                    contactName.getValue(), contactEmail.getValue(), contactPhone.getValue(), leave.getValue(),
                    flexible.getValue(), training.getValue(), howTold.getValue(), adopted.day().getValue(),
                    adopted.month().getValue(), adopted.year().getValue());
            RegistrationDraft.keep(typed);
            var problems = employers.problems(CurrentUser.signedIn(), typed);
            errors.show(problems, fields);
            if (problems.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(CheckRegistrationView.class));
            }
        });
        next.setId("continue-registration");
        next.addClassName("fd-button");

        add(unsent, new H2("Your organisation"), name, address, size,
                new H2("Contact person"), contactName, contactEmail, contactPhone,
                new H2("Your Fostering Friendly pledge"), leave, flexible, training, howTold, adopted,
                next, history);
        show(current, pledges);
    }

    /**
     * Answers kept but not right (check your answers sends none of them) are shown with their problems; a Change
     * link from check your answers puts the cursor in the field it names.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var problems = kept.map(draft -> employers.problems(CurrentUser.signedIn(), draft.form())).orElse(List.of());
        if (!problems.isEmpty()) {
            errors.show(problems, fields);
        } else {
            event.getLocation().getQueryParameters().getSingleParameter(CHANGE).map(fields::get)
                    .ifPresent(FieldFocus::moveTo);
        }
    }

    /** The registration and pledge last sent (always saved together), as answers; none the first time. */
    private static RegistrationForm latest(Optional<EmployerRegistration> current, List<PledgeVersion> pledges) {
        if (current.isEmpty() || pledges.isEmpty()) {
            return new RegistrationForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        EmployerRegistration sent = current.get();
        PledgeVersion pledge = pledges.getFirst();
        return new RegistrationForm(sent.name(), sent.address(), sent.staffSize(), sent.contactName(),
                sent.contactEmail(), sent.contactPhone(), Integer.toString(pledge.paidLeaveDays()),
                pledge.flexibleWorking() ? "yes" : "no", pledge.timeForTraining() ? "yes" : "no",
                pledge.howStaffAreTold(), Integer.toString(pledge.adoptedOn().getDayOfMonth()),
                Integer.toString(pledge.adoptedOn().getMonthValue()), Integer.toString(pledge.adoptedOn().getYear()));
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

    private void show(Optional<EmployerRegistration> registration, List<PledgeVersion> pledges) {
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
                        .row("Paid leave a year", days(pledge.paidLeaveDays()))
                        .row("Flexible working", yesNo(pledge.flexibleWorking()))
                        .row("Time for training and settling a child", yesNo(pledge.timeForTraining()))
                        .row("How staff are told about fostering", pledge.howStaffAreTold())
                        .row("Adopted", Dates.day(pledge.adoptedOn()))
                        .row("Recorded", Dates.dateAndTime(pledge.recordedAt()) + " by " + pledge.recordedBy()));
                history.add(version);
            }
        }
    }

    static String days(int days) {
        return days + (days == 1 ? " day" : " days");
    }

    static String yesNo(boolean answer) {
        return answer ? "Yes" : "No";
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
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
