package uk.frontdoor.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.TextTable;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.shell.MainLayout;

/** A duty manager searches who saw or did what. Read only: nobody can change the record from here. */
@Route(value = "duty/audit", layout = MainLayout.class)
@PageTitle("Audit record")
@RolesAllowed(Roles.DUTY_MANAGER)
class AuditSearchView extends Div {

    private final AuditTrail audit;
    private final TextField reference = new TextField("Reference (or part of it)");
    private final TextField actor = new TextField("Who (username, or part of it)");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ErrorSummary errors = new ErrorSummary();
    private final Div results = new Div();

    AuditSearchView(AuditTrail audit) {
        this.audit = audit;
        reference.setId("audit-reference");
        actor.setId("audit-actor");
        from.setId("audit-from");
        to.setId("audit-to");
        from.setValue(LocalDate.now().minusDays(30));
        to.setValue(LocalDate.now());
        Button search = new Button("Search", click -> search());
        search.setId("audit-search");
        search.addClassName("fd-button");
        results.setId("audit-results");
        add(new H1("Audit record"), new Paragraph("Every view of a child's details, every decision and every sign-off."),
                errors, reference, actor, from, to, search, results);
        search();
    }

    private void search() {
        List<FieldError> problems = new ArrayList<>();
        if (from.getValue() == null) {
            problems.add(new FieldError("audit-from", "Enter the first day to search"));
        }
        if (to.getValue() == null) {
            problems.add(new FieldError("audit-to", "Enter the last day to search"));
        }
        if (problems.isEmpty() && from.getValue().isAfter(to.getValue())) {
            problems.add(new FieldError("audit-from", "The first day must be on or before the last day"));
        }
        errors.show(problems, Map.of("audit-from", from, "audit-to", to));
        results.removeAll();
        if (!problems.isEmpty()) {
            return;
        }
        List<AuditEntry> entries = audit.search(CurrentUser.signedIn(), reference.getValue(), actor.getValue(),
                from.getValue(), to.getValue());
        results.add(TextTable.of(entries.size() + (entries.size() == 500 ? "+" : "") + " entries, newest first",
                List.of("When", "Who", "Organisation", "What", "Reference", "From", "Records shown"),
                entries.stream().map(entry -> List.of(Dates.dateAndTime(entry.occurredAt()), entry.actor(),
                        String.valueOf(entry.organisation()), entry.action(), entry.subject(),
                        String.valueOf(entry.fromAddress()), entry.shown() == null ? "" : entry.shown())).toList()));
    }
}
