package uk.frontdoor.council.leavingcare.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import uk.frontdoor.council.leavingcare.RegistrationChecks;
import uk.frontdoor.council.leavingcare.RegistrationToCheck;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.SummaryList;
import uk.frontdoor.validation.FieldError;

/** The leaving care team's list of employers' registrations waiting for a check: approve, or return with a reason. */
@Route(value = "employer-registrations", layout = MainLayout.class)
@PageTitle("Employer registrations to check")
@RolesAllowed(Roles.LEAVING_CARE_TEAM)
class RegistrationChecksView extends Div {

    private final RegistrationChecks checks;
    private final LiveUpdates liveUpdates;
    private final ErrorSummary errors = new ErrorSummary();
    private final Div list = new Div();
    private final Paragraph done = new Paragraph();

    RegistrationChecksView(RegistrationChecks checks, LiveUpdates liveUpdates) {
        this.checks = checks;
        this.liveUpdates = liveUpdates;
        list.setId("registrations");
        done.setId("check-done");
        done.addClassName("fd-inset");
        done.setVisible(false);
        done.getElement().setAttribute("role", "status");
        add(errors, new H1("Employer registrations to check"), done, list);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, RegistrationChecks.TOPIC, this::refresh);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<RegistrationToCheck> waiting = checks.waiting(CurrentUser.signedIn());
        if (waiting.isEmpty()) {
            list.add(new Paragraph("There are no registrations waiting for a check."));
        }
        for (RegistrationToCheck registration : waiting) {
            list.add(section(registration));
        }
    }

    private Div section(RegistrationToCheck registration) {
        String id = registration.id().toString();
        Div section = new Div();
        section.setId("registration-" + id);
        TextArea reason = new TextArea("Why are you returning it? (needed to return it)");
        String reasonId = RegistrationChecks.REASON + "-" + id;
        reason.setId(reasonId);
        reason.setMaxLength(RegistrationChecks.REASON_MAX);
        Button approve = new Button("Approve", click -> decided(registration,
                checks.approve(CurrentUser.signedIn(), registration.id()), Map.of(), "Approved"));
        approve.setId("approve-" + id);
        approve.addClassName("fd-button");
        Button giveBack = new Button("Return to the employer", click -> decided(registration,
                checks.returnToEmployer(CurrentUser.signedIn(), registration.id(), reason.getValue()).stream()
                        .map(error -> RegistrationChecks.REASON.equals(error.field())
                                ? new FieldError(reasonId, error.message()) : error)
                        .toList(),
                Map.of(reasonId, reason), "Returned"));
        giveBack.setId("return-" + id);
        giveBack.addClassName("fd-button--secondary");
        section.add(new H2(registration.name() + " (version " + registration.version() + ")"), new SummaryList()
                .row("Received", Dates.dateAndTime(registration.receivedAt()))
                .row("Address", registration.address())
                .row("Staff", registration.staffSize())
                .row("Contact", registration.contactName() + ", " + registration.contactEmail() + ", "
                        + registration.contactPhone())
                .row("Paid leave a year for staff who foster", registration.paidLeaveDays() + " days")
                .row("Flexible working", registration.flexibleWorking() ? "Yes" : "No")
                .row("Time for training and settling a child", registration.timeForTraining() ? "Yes" : "No")
                .row("How staff are told about fostering", registration.howStaffAreTold())
                .row("Adopted", Dates.day(registration.adoptedOn())),
                approve, reason, giveBack);
        return section;
    }

    private void decided(RegistrationToCheck registration, List<FieldError> problems,
            Map<String, ? extends com.vaadin.flow.component.Component> fields, String outcome) {
        errors.show(problems, fields);
        if (problems.isEmpty()) {
            done.setText(outcome + ": " + registration.name() + " (version " + registration.version() + ")");
            done.setVisible(true);
            refresh();
        }
    }
}
