package uk.frontdoor.partner.employer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import uk.frontdoor.partner.employer.EmployerService;
import uk.frontdoor.partner.employer.RegistrationForm;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.Declaration;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.SummaryList;

/**
 * GOV.UK "check your answers" for a Fostering Friendly registration: every answer kept from the form, each with a
 * Change link back to its field, the declaration, then Send. It shows only right answers (otherwise the form,
 * with the error summary) and sends only the answers it shows, checked again on the server, once.
 */
@Route(value = CheckRegistrationView.PATH, layout = MainLayout.class)
@PageTitle("Check your answers before sending")
@RolesAllowed(Roles.EMPLOYER)
class CheckRegistrationView extends Div implements BeforeEnterObserver {

    static final String PATH = EmployerRegistrationView.PATH + "/check";

    private final EmployerService employers;

    CheckRegistrationView(EmployerService employers) {
        this.employers = employers;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<RegistrationDraft> kept = RegistrationDraft.current()
                .filter(draft -> employers.problems(CurrentUser.signedIn(), draft.form()).isEmpty());
        if (kept.isEmpty()) {
            event.forwardTo(EmployerRegistrationView.class);
            return;
        }
        RegistrationDraft draft = kept.get();
        RegistrationForm answers = draft.form();
        removeAll();
        Anchor back = new Anchor(EmployerRegistrationView.PATH, "Back");
        back.addClassName("fd-back-link");
        back.getElement().setAttribute("router-link", true);
        Span caption = new Span("Your Fostering Friendly registration");
        caption.addClassName("fd-caption");
        add(back, caption, new H1("Check your answers before sending"));
        add(new H2("Your organisation"), new SummaryList()
                .row("Organisation name", answers.name().strip(), change(RegistrationForm.NAME))
                .row("Address", answers.address().strip(), change(RegistrationForm.ADDRESS))
                .row("Number of staff", EmployerRegistrationView.STAFF_SIZES.get(answers.staffSize()),
                        change(RegistrationForm.SIZE)));
        add(new H2("Contact person"), new SummaryList()
                .row("Contact name", answers.contactName().strip(), change(RegistrationForm.CONTACT_NAME))
                .row("Contact email address", answers.contactEmail().strip(), change(RegistrationForm.CONTACT_EMAIL))
                .row("Contact phone number", answers.contactPhone().strip(), change(RegistrationForm.CONTACT_PHONE)));
        add(new H2("Your Fostering Friendly pledge"), new SummaryList()
                .row("Paid leave a year", EmployerRegistrationView.days(answers.leaveDays()),
                        change(RegistrationForm.PAID_LEAVE))
                .row("Flexible working", EmployerRegistrationView.yesNo("yes".equals(answers.flexibleWorking())),
                        change(RegistrationForm.FLEXIBLE))
                .row("Time for training and settling a child",
                        EmployerRegistrationView.yesNo("yes".equals(answers.timeForTraining())),
                        change(RegistrationForm.TRAINING))
                .row("How staff are told about fostering", answers.howStaffAreTold().strip(),
                        change(RegistrationForm.HOW_TOLD))
                .row("Date adopted", Dates.day(answers.adoptedOn()), change(RegistrationForm.ADOPTED)));
        add(new Declaration("Now send your registration",
                "By sending this you confirm that these details are correct and that your organisation gives its "
                        + "staff who foster the support in this pledge. The council's leaving care team checks it, "
                        + "and you will see their answer on your registration page.",
                "Send registration", "send-registration", click -> send(draft)));
    }

    /**
     * Sends the answers shown, if they are still the ones kept: a second tap or a retried request finds them sent,
     * and answers changed since (in another tab) are shown again to be checked. The server checks every answer
     * again; should one have become wrong, the form shows it with the error summary and nothing is sent.
     */
    private void send(RegistrationDraft shown) {
        if (!shown.isCurrent()) {
            getUI().ifPresent(ui -> ui.navigate(CheckRegistrationView.class));
            return;
        }
        if (employers.register(CurrentUser.signedIn(), shown.form()).isEmpty()) {
            shown.sent();
        }
        getUI().ifPresent(ui -> ui.navigate(EmployerRegistrationView.class));
    }

    private static String change(String field) {
        return EmployerRegistrationView.PATH + "?" + EmployerRegistrationView.CHANGE + "=" + field;
    }
}
