package uk.frontdoor.council.education.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.frontdoor.council.education.MissingEducationCases;
import uk.frontdoor.partner.education.MissingEducationNotices.Outcomes;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.CharacterCount;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.SummaryList;
import uk.frontdoor.validation.FieldError;

/** One child missing education: what the school said, the enquiries made, and the outcome; each told to the school. */
@Route(value = "education/case", layout = MainLayout.class)
@PageTitle("Child missing education")
@RolesAllowed(Roles.CME_OFFICER)
class CmeCaseView extends Div implements HasUrlParameter<String> {

    private final MissingEducationCases cases;
    private UUID id;

    CmeCaseView(MissingEducationCases cases) {
        this.cases = cases;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            id = null;
        }
        show();
    }

    /** "Missing for 12 school days: past the 10-day flag." */
    static String missing(MissingEducationCases.Case each) {
        return "Missing for " + each.schoolDaysMissing() + (each.schoolDaysMissing() == 1 ? " school day" : " school days")
                + (each.flagged() ? ": past the flag, find them now." : ".");
    }

    private void show() {
        removeAll();
        var found = id == null ? java.util.Optional.<MissingEducationCases.Case>empty()
                : cases.find(CurrentUser.signedIn(), id);
        if (found.isEmpty()) {
            add(new H1("Page not found"));
            return;
        }
        MissingEducationCases.Case each = found.get();
        add(new H1(each.reference() + ": " + each.pupilName()), new Paragraph(missing(each)));
        if (each.safeguardingWorry()) {
            Paragraph worry = new Paragraph("The school has a safeguarding worry: it has been asked to raise a concern "
                    + "with ChAD too. Check that it has.");
            worry.addClassName("fd-warning");
            add(worry);
        }
        add(new SummaryList()
                .row("School", each.schoolName() + " (" + each.sentBy() + ")")
                .row("Last attended", Dates.day(each.lastAttended()))
                .row("What the school tried", each.tried())
                .row("A move they know of", each.knownMove())
                .row("Received", Dates.dateAndTime(each.receivedAt())));
        add(new H2("Enquiries"));
        each.enquiries().forEach(enquiry -> add(new Paragraph(enquiry)));
        if (each.outcome() != null) {
            add(new H2("Outcome"), new Paragraph(Outcomes.words(each.outcome())));
            return;
        }
        ErrorSummary errors = new ErrorSummary();
        TextArea enquiry = new CharacterCount("What you did or found out",
                "The school reads this. Say what you checked, not other families' details.", 2000);
        enquiry.setId(MissingEducationCases.ENQUIRY);
        Button record = new Button("Record the enquiry", click -> answered(errors,
                cases.recordEnquiry(CurrentUser.signedIn(), id, enquiry.getValue()), Map.of(MissingEducationCases.ENQUIRY, enquiry)));
        record.setId("record-enquiry");
        record.addClassName("fd-button--secondary");
        RadioButtonGroup<String> outcome = new RadioButtonGroup<>("What has happened to the child?");
        outcome.setId(MissingEducationCases.OUTCOME);
        outcome.setItems(Outcomes.CODES);
        outcome.setItemLabelGenerator(Outcomes::words);
        Button close = new Button("Record the outcome", click -> answered(errors,
                cases.recordOutcome(CurrentUser.signedIn(), id, outcome.getValue()), Map.of(MissingEducationCases.OUTCOME, outcome)));
        close.setId("record-outcome");
        close.addClassName("fd-button");
        add(errors, enquiry, record, outcome, close);
    }

    private void answered(ErrorSummary errors, List<FieldError> problems, Map<String, com.vaadin.flow.component.Component> fields) {
        errors.show(problems, fields);
        if (problems.isEmpty()) {
            show();
        }
    }
}
