package uk.frontdoor.partner.employer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.frontdoor.partner.employer.Offer;
import uk.frontdoor.partner.employer.OfferForm;
import uk.frontdoor.partner.employer.OfferService;
import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.ListOrNone;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.shell.SummaryList;
import uk.frontdoor.validation.FieldError;

/**
 * An employer's offers for care-experienced young people: write one as a draft, send it to the council's leaving
 * care team for approval, withdraw it. The council's answers, and word that a young person is interested, show
 * here as they arrive. Only this employer's own offers are ever shown.
 */
@Route(value = "employer/offers", layout = MainLayout.class)
@PageTitle("Your offers for care-experienced young people")
@RolesAllowed(Roles.EMPLOYER)
class EmployerOffersView extends Div {

    private final OfferService offers;
    private final LiveUpdates liveUpdates;
    private final String organisationId;
    private final ErrorSummary errors = new ErrorSummary();
    private final Div list = new Div();
    private final H2 formHeading = new H2("Write a new offer");
    private final Paragraph done = new Paragraph();
    private final RadioButtonGroup<OfferType> type = new RadioButtonGroup<>("Type of offer");
    private final TextField title = text(OfferForm.TITLE, "Title", OfferForm.TITLE_MAX);
    private final TextArea description = new TextArea("Description");
    private final TextField location = text(OfferForm.LOCATION, "Town or postcode", OfferForm.LOCATION_MAX);
    private final Checkbox remote = new Checkbox("It can be done remotely");
    private final TextField hours = text(OfferForm.HOURS, "Hours", OfferForm.HOURS_MAX);
    private final TextField ageFrom = text(OfferForm.AGE_FROM, "Youngest age", 2);
    private final TextField ageTo = text(OfferForm.AGE_TO, "Oldest age", 2);
    private final MemorableDate closing = new MemorableDate(OfferForm.CLOSING, "Closing date", "For example, 27 3 2027");
    private final RadioButtonGroup<String> interview = EmployerRegistrationView.radios(OfferForm.INTERVIEW,
            "Is every young person who applies guaranteed an interview?", Map.of("yes", "Yes", "no", "No"),
            List.of("yes", "no"));
    private final TextField places = text(OfferForm.PLACES, "Number of places", 2);
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private UUID editing;

    EmployerOffersView(OfferService offers, LiveUpdates liveUpdates) {
        this.offers = offers;
        this.liveUpdates = liveUpdates;
        organisationId = CurrentUser.signedIn().organisationId();
        list.setId("offers");
        done.setId("offer-done");
        done.addClassName("fd-inset");
        done.setVisible(false);
        done.getElement().setAttribute("role", "status");

        type.setId(OfferForm.TYPE);
        type.setItems(OfferType.values());
        type.setItemLabelGenerator(OfferType::label);
        type.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        type.setRequiredIndicatorVisible(true);
        description.setId(OfferForm.DESCRIPTION);
        description.setMaxLength(OfferForm.DESCRIPTION_MAX);
        description.setHelperText("What the young person will do and learn, and any support you give.");
        location.setHelperText("Leave it empty if the offer is only done remotely.");
        remote.setId(OfferForm.REMOTE);
        hours.setHelperText("For example, 30 a week, or 2 hours a month.");
        for (TextField number : List.of(ageFrom, ageTo, places)) {
            number.getElement().setAttribute("inputmode", "numeric");
        }
        ageFrom.setHelperText("From " + OfferForm.AGE_MIN + " to " + OfferForm.AGE_MAX);
        ageTo.setHelperText("From " + OfferForm.AGE_MIN + " to " + OfferForm.AGE_MAX);
        places.setHelperText("From 1 to " + OfferForm.PLACES_MAX);
        fields.put(OfferForm.TYPE, type);
        fields.put(OfferForm.TITLE, title);
        fields.put(OfferForm.DESCRIPTION, description);
        fields.put(OfferForm.LOCATION, location);
        fields.put(OfferForm.HOURS, hours);
        fields.put(OfferForm.AGE_FROM, ageFrom);
        fields.put(OfferForm.AGE_TO, ageTo);
        fields.put(OfferForm.CLOSING, closing);
        fields.put(OfferForm.INTERVIEW, interview);
        fields.put(OfferForm.PLACES, places);

        Button save = new Button("Save as a draft", click -> save(false));
        save.setId("save-offer");
        save.addClassName("fd-button--secondary");
        Button send = new Button("Save and send for approval", click -> save(true));
        send.setId("send-offer");
        send.addClassName("fd-button");

        add(errors, new H1("Your offers for care-experienced young people"),
                new Paragraph("Offer apprenticeships, jobs, traineeships, work experience or mentoring to young people "
                        + "leaving care. The council's leaving care team approves each offer before personal advisers "
                        + "can see it. You are never told who a young person is: the team contacts you."),
                done, formHeading, type, title, description, location, remote, hours, ageFrom, ageTo, closing,
                interview, places, send, save, new H2("Your offers"), list);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, OfferService.topic(organisationId), this::refresh);
        refresh();
    }

    private void save(boolean andSend) {
        CurrentUser user = CurrentUser.signedIn();
        OfferService.Saved saved = offers.saveDraft(user, editing, form());
        List<FieldError> problems = saved.problems();
        if (problems.isEmpty() && andSend) {
            problems = offers.submit(user, saved.id());
        }
        errors.show(problems, fields);
        if (problems.isEmpty()) {
            confirm((andSend ? "Sent for approval: " : "Saved as a draft: ") + title.getValue().strip());
            clear();
            refresh();
        }
    }

    private OfferForm form() {
        return new OfferForm(type.getValue(), title.getValue(), description.getValue(), location.getValue(),
                remote.getValue(), hours.getValue(), ageFrom.getValue(), ageTo.getValue(), closing.day().getValue(),
                closing.month().getValue(), closing.year().getValue(), interview.getValue(), places.getValue());
    }

    private void edit(Offer offer) {
        OfferForm form = offer.form();
        editing = offer.id();
        formHeading.setText("Change: " + offer.title());
        type.setValue(form.type());
        title.setValue(form.title());
        description.setValue(form.description());
        location.setValue(form.location() == null ? "" : form.location());
        remote.setValue(form.remote());
        hours.setValue(form.hours());
        ageFrom.setValue(form.ageFrom());
        ageTo.setValue(form.ageTo());
        closing.setValue(form.closingDay(), form.closingMonth(), form.closingYear());
        interview.setValue(form.guaranteedInterview());
        places.setValue(form.places());
        title.focus();
    }

    private void clear() {
        editing = null;
        formHeading.setText("Write a new offer");
        type.clear();
        for (TextField field : List.of(title, location, hours, ageFrom, ageTo, places)) {
            field.clear();
        }
        description.clear();
        remote.clear();
        closing.setValue("", "", "");
        interview.clear();
    }

    private void confirm(String text) {
        done.setText(text);
        done.setVisible(true);
    }

    private void refresh() {
        list.removeAll();
        ListOrNone.show(list, offers.offers(CurrentUser.signedIn()), "You have no offers yet.", this::section);
    }

    private Div section(Offer offer) {
        String id = offer.id().toString();
        Div section = new Div();
        section.setId("offer-" + id);
        Paragraph status = new Paragraph(offer.statusText());
        status.setId("offer-status-" + id);
        status.addClassName("fd-inset");
        status.getElement().setAttribute("aria-live", "polite");
        section.add(new H3(offer.title()), status);
        if (offer.interestNote() != null) {
            Paragraph interest = new Paragraph(offer.interestNote());
            interest.setId("offer-interest-" + id);
            interest.addClassName("fd-inset");
            section.add(interest);
        }
        section.add(new SummaryList()
                .row("Type", offer.type().label())
                .row("Where", offer.where())
                .row("Hours", offer.hours())
                .row("Ages", offer.ageFrom() + " to " + offer.ageTo())
                .row("Closing date", Dates.day(offer.closingDate()))
                .row("Guaranteed interview", offer.guaranteedInterview() ? "Yes" : "No")
                .row("Places", Integer.toString(offer.places()))
                .row("Description", offer.description())
                .row("Sent", offer.submittedAt() == null ? null : Dates.dateAndTime(offer.submittedAt()))
                .row("Received by the council", offer.receivedAt() == null ? null : Dates.dateAndTime(offer.receivedAt())));
        if (offer.status().editable()) {
            Button change = new Button("Change", click -> edit(offer));
            change.setId("edit-" + id);
            change.addClassName("fd-button--secondary");
            change.getElement().setAttribute("aria-label", "Change: " + offer.title());
            Button send = new Button("Send for approval", click -> {
                List<FieldError> problems = offers.submit(CurrentUser.signedIn(), offer.id());
                errors.show(problems, fields);
                if (problems.isEmpty()) {
                    confirm("Sent for approval: " + offer.title());
                    refresh();
                }
            });
            send.setId("submit-" + id);
            send.addClassName("fd-button");
            send.getElement().setAttribute("aria-label", "Send for approval: " + offer.title());
            section.add(send, change);
        }
        if (offer.status().withdrawable()) {
            Button withdraw = new Button("Withdraw", click -> {
                List<FieldError> problems = offers.withdraw(CurrentUser.signedIn(), offer.id());
                errors.show(problems, fields);
                if (problems.isEmpty()) {
                    confirm("Withdrawn: " + offer.title());
                    refresh();
                }
            });
            withdraw.setId("withdraw-" + id);
            withdraw.addClassName("fd-button--secondary");
            withdraw.getElement().setAttribute("aria-label", "Withdraw: " + offer.title());
            section.add(withdraw);
        }
        return section;
    }

    private static TextField text(String id, String label, int max) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }
}
