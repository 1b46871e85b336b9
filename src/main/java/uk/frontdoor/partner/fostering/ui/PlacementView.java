package uk.frontdoor.partner.fostering.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import uk.frontdoor.partner.concern.ChadContactDetails;
import uk.frontdoor.partner.fostering.CarerReport;
import uk.frontdoor.partner.fostering.Placement;
import uk.frontdoor.partner.fostering.ReportKind;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.partner.fostering.PlacementUpdate;
import uk.frontdoor.partner.fostering.Placements;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.PhoneLink;
import uk.frontdoor.shell.SummaryList;

/** One placement: who to call, what the carer may decide, the next dates, and updates arriving live. */
@Route(value = "placement", layout = MainLayout.class)
@PageTitle("Placement")
@RolesAllowed(Roles.FOSTER_CARER)
class PlacementView extends Div implements HasUrlParameter<String> {

    private final Placements placements;
    private final LiveUpdates liveUpdates;
    private final Div details = new Div();
    private final OrderedList updates = new OrderedList();
    private final OrderedList reports = new OrderedList();
    private final ChadContactDetails chad;
    private String reference;

    PlacementView(Placements placements, LiveUpdates liveUpdates, ChadContactDetails chad) {
        this.placements = placements;
        this.chad = chad;
        reports.setId("reports");
        reports.addClassName("fd-messages");
        reports.getElement().setAttribute("aria-live", "polite");
        this.liveUpdates = liveUpdates;
        updates.setId("updates");
        updates.addClassName("fd-timeline");
        updates.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        this.reference = null;
        removeAll();
        var placement = placements.open(CurrentUser.signedIn(), reference);
        if (placement.isEmpty()) {
            add(new H1("Page not found"), new Paragraph("There is no placement with that reference that you can see."));
            return;
        }
        this.reference = reference;
        details.setId("placement-details");
        add(details, new H2("Updates"), updates, reportForm(), new H2("What you have told the fostering team"), reports);
        details(placement.get());
        show();
    }

    /** The placement as the council's systems last described it (placement.v1 changes it while the page is open). */
    private void details(Placement shown) {
        details.removeAll();
        details.add(new H1(shown.childFirstName() + ", " + shown.ageOn(LocalDate.now())),
                new SummaryList()
                        .row("Placement", shown.type().label() + ", since " + Dates.day(shown.startedOn()))
                        .row("Ended", shown.endedOn() == null ? null : Dates.day(shown.endedOn()))
                        .callableRow("Child's social worker", shown.childSocialWorker() + ", " + shown.childSocialWorkerPhone())
                        .callableRow("Your supervising social worker",
                                shown.supervisingSocialWorker() + ", " + shown.supervisingSocialWorkerPhone())
                        .row("What you can decide (delegated authority)", shown.delegatedAuthority())
                        .row("Next looked-after review", shown.nextReviewOn() == null ? null : Dates.day(shown.nextReviewOn()))
                        .row("Next social worker visit", shown.nextVisitOn() == null ? null : Dates.day(shown.nextVisitOn())));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (reference != null) {
            liveUpdates.subscribe(this, Placements.liveTopic(reference), this::refresh);
            show();
        }
    }

    private Div reportForm() {
        Div form = new Div(new H2("Tell the fostering team"));
        form.addClassName("fd-panel-section");
        Paragraph urgent = new Paragraph(PhoneLink.within("If the child is missing now or in danger, call the police on "
                + "999, then the emergency duty team on " + chad.outOfHoursPhone() + ". Use this form afterwards."));
        urgent.addClassName("fd-inset");
        ErrorSummary errors = new ErrorSummary();
        RadioButtonGroup<ReportKind> kind = new RadioButtonGroup<>("What is it about?");
        kind.setId(Placements.REPORT_KIND);
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(ReportKind::label);
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextArea text = new TextArea("What happened?");
        text.setId(Placements.REPORT_TEXT);
        text.setHelperText("What, when and where, what you did, and who else knows.");
        text.setMaxLength(2000);
        Button send = new Button("Send to the fostering team", click -> {
            var problems = placements.report(CurrentUser.signedIn(), reference, kind.getValue(), text.getValue());
            errors.show(problems, Map.of(Placements.REPORT_KIND, kind, Placements.REPORT_TEXT, text));
            if (problems.isEmpty()) {
                kind.clear();
                text.clear();
                show();
            }
        });
        send.setId("send-report");
        send.addClassName("fd-button");
        form.add(urgent, errors, kind, text, send);
        return form;
    }

    private void refresh() {
        placements.current(CurrentUser.signedIn(), reference).ifPresent(this::details);
        show();
    }

    private void show() {
        CurrentUser carer = CurrentUser.signedIn();
        reports.removeAll();
        for (CarerReport report : placements.reports(carer, reference)) {
            reports.add(new ListItem(new Span(report.kind().label() + ", sent " + Dates.dateAndTime(report.sentAt())),
                    new Paragraph(report.text()),
                    new Paragraph(report.receivedAt() == null ? "Sent: waiting for the fostering team"
                            : "The fostering team has it (" + Dates.dateAndTime(report.receivedAt()) + ")")));
        }
        updates.removeAll();
        var received = placements.updates(carer, reference);
        if (received.isEmpty()) {
            updates.add(new ListItem("No updates yet."));
        }
        for (PlacementUpdate update : received) {
            Span title = new Span(update.title());
            title.addClassName("fd-timeline__status");
            Span when = new Span(update.sentBy() + ", " + Dates.dateAndTime(update.sentAt()));
            when.addClassName("fd-timeline__time");
            ListItem item = new ListItem(title, when, new Paragraph(update.text()));
            if (update.readAt() == null) {
                Button read = new Button("Mark as read", click -> {
                    placements.markRead(carer, reference, update.id());
                    show();
                });
                read.setId("read-" + update.messageId());
                read.addClassName("fd-button--secondary");
                read.getElement().setAttribute("aria-label", "Mark " + update.title() + " as read");
                item.add(read);
            } else {
                item.add(new Paragraph("Read " + Dates.dateAndTime(update.readAt())));
            }
            updates.add(item);
        }
    }
}
