package uk.frontdoor.council.performance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.organisation.ReferralSource;
import uk.frontdoor.council.education.MissingEducationCases;
import uk.frontdoor.council.performance.AnnexAFile;
import uk.frontdoor.council.performance.InspectionExport;
import uk.frontdoor.council.performance.PerformanceInformation;
import uk.frontdoor.council.performance.PerformanceReport;
import uk.frontdoor.council.performance.PerformanceReport.ContactsBySource;
import uk.frontdoor.council.performance.ReportingPeriod;
import uk.frontdoor.council.performance.ReportingPeriod.TypedDate;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.shell.SummaryList;

/**
 * Performance information for duty managers: for the dates they choose (the last 4 weeks unless they say
 * otherwise), how many contacts came from whom, whether they were decided within one working day, what they
 * led to, how many children came back, how each partner fares; and Ofsted's Annex A lists to download.
 * Charts where a picture helps, always with the same numbers in a table.
 */
@Route(value = "duty/performance", layout = MainLayout.class)
@PageTitle("Performance information")
@RolesAllowed(Roles.DUTY_MANAGER)
class PerformanceView extends Div implements BeforeEnterObserver {

    static final String FROM = "from";
    static final String TO = "to";
    /** Sources drawn in their own colour; the rest of a week's bar is "All other sources". */
    private static final int NAMED_SOURCES = BarChart.COLOURS.size() - 1;
    private static final DateTimeFormatter DAY_OF_WEEK = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private final PerformanceInformation information;
    private final InspectionExport export;
    private final MissingEducationCases missingEducation;
    private final CurrentUser manager;
    private final ErrorSummary errors = new ErrorSummary();
    private final MemorableDate from = new MemorableDate(ReportingPeriod.FROM, "Start date", "For example, 1 4 2026");
    private final MemorableDate to = new MemorableDate(ReportingPeriod.TO, "End date", "For example, 31 3 2027");
    private final Div report = new Div();

    PerformanceView(PerformanceInformation information, InspectionExport export, MissingEducationCases missingEducation) {
        this.missingEducation = missingEducation;
        this.information = information;
        this.export = export;
        this.manager = CurrentUser.signedIn();
        Button show = new Button("Show figures", click -> show());
        show.setId("show-figures");
        show.addClassName("fd-button");
        Div form = new Div(from, to, show);
        form.addClassName("fd-question-page");
        form.addClassName("fd-period");
        report.setId("report");
        add(new H1("Performance information"),
                new Paragraph("Contacts received by ChAD between two dates, and what has happened to them so far. "
                        + "Choose dates up to a year apart."),
                errors, form, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        ReportingPeriod period = parse(parameters.get(FROM), parameters.get(TO))
                .orElseGet(() -> ReportingPeriod.lastFourWeeks(information.today()));
        TypedDate start = TypedDate.of(period.from());
        TypedDate end = TypedDate.of(period.to());
        from.setValue(start.day(), start.month(), start.year());
        to.setValue(end.day(), end.month(), end.year());
        errors.show(List.of(), Map.of(ReportingPeriod.FROM, from, ReportingPeriod.TO, to));
        render(information.report(manager, period));
    }

    /** Checks the dates typed; when they make a period, the page's address holds it, so it can be bookmarked. */
    private void show() {
        TypedDate start = new TypedDate(from.day().getValue(), from.month().getValue(), from.year().getValue());
        TypedDate end = new TypedDate(to.day().getValue(), to.month().getValue(), to.year().getValue());
        List<FieldError> problems = ReportingPeriod.check(start, end);
        errors.show(problems, Map.of(ReportingPeriod.FROM, from, ReportingPeriod.TO, to));
        if (problems.isEmpty()) {
            ReportingPeriod period = ReportingPeriod.of(start, end);
            getUI().ifPresent(ui -> ui.navigate(PerformanceView.class, QueryParameters.simple(
                    Map.of(FROM, period.from().toString(), TO, period.to().toString()))));
        }
    }

    private static Optional<ReportingPeriod> parse(List<String> from, List<String> to) {
        if (from == null || to == null || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReportingPeriod(LocalDate.parse(from.getFirst()), LocalDate.parse(to.getFirst())));
        } catch (DateTimeParseException | IllegalArgumentException notAPeriod) {
            return Optional.empty();
        }
    }

    private void render(PerformanceReport figures) {
        report.removeAll();
        report.add(summary(figures), contacts(figures), timeliness(figures), outcomes(figures),
                recontacts(figures), partners(figures), challenges(figures), missingEducation(),
                inspection(figures.period()));
    }

    private static Section summary(PerformanceReport figures) {
        PerformanceReport.Timeliness timeliness = figures.timeliness();
        SummaryList list = new SummaryList()
                .row("Contacts received", String.valueOf(figures.contacts()))
                .row("Decided within one working day", timeliness.decidedInTimeShare().text())
                .row("Still open", String.valueOf(timeliness.open()))
                .row("Still open and past their deadline", String.valueOf(timeliness.openOverdue()))
                .row("Became referrals", figures.outcomes().becameReferrals().text())
                .row("No further action", figures.outcomes().noFurtherAction().text())
                .row("About a child with a contact in the 12 months before", figures.recontacts().share().text())
                .row("Requests for advice (consultations, counted apart)", String.valueOf(figures.adviceRequests()));
        list.setId("summary");
        return section("summary-heading", "Summary: " + span(figures.period().from(), figures.period().to()),
                new Paragraph("Shares of decided contacts count only contacts with a final decision."), list);
    }

    private static Section contacts(PerformanceReport figures) {
        ContactsBySource weeks = figures.perWeek();
        List<String> sources = weeks.sources();
        List<String> named = sources.stream()
                .sorted(Comparator.comparingLong(weeks::total).reversed()).limit(NAMED_SOURCES).toList();
        List<BarChart.Series> series = new ArrayList<>();
        List<String> drawn = sources.stream().filter(named::contains).toList();
        for (int i = 0; i < drawn.size(); i++) {
            series.add(new BarChart.Series(sourceLabel(drawn.get(i)), BarChart.COLOURS.get(i)));
        }
        boolean others = sources.size() > drawn.size();
        if (others) {
            series.add(new BarChart.Series("All other sources", BarChart.COLOURS.getLast()));
        }
        List<BarChart.Bar> bars = weeks.rows().stream().map(week -> {
            List<Long> values = new ArrayList<>(drawn.stream().map(week::count).toList());
            if (others) {
                values.add(week.total() - values.stream().mapToLong(Long::longValue).sum());
            }
            return new BarChart.Bar(span(week.first(), week.last()), values);
        }).toList();

        Section section = section("contacts-heading", "Contacts each week, by who made them");
        if (figures.contacts() == 0) {
            section.add(new Paragraph("There were no contacts in these dates."));
        } else {
            section.add(BarChart.of("contacts-per-week-chart", "Contacts each week, by source: bar chart", series, bars, true));
        }
        section.add(bySource("contacts-per-week", "Contacts each week, by source", "Week", weeks,
                row -> span(row.first(), row.last())));
        NativeDetails days = new NativeDetails("Contacts each day, by source",
                bySource("contacts-per-day", "Contacts each day, by source", "Day", figures.perDay(),
                        row -> DAY_OF_WEEK.format(row.first())));
        days.addClassName("fd-details");
        days.setId("contacts-per-day-details");
        section.add(days);
        section.add(new Paragraph("Sources are the Children in Need census referral source codes. "
                + "Weeks run Monday to Sunday; the first and last may be part weeks."));
        return section;
    }

    private static DataTable bySource(String id, String caption, String rowName, ContactsBySource counts,
            java.util.function.Function<ContactsBySource.Row, String> rowHeading) {
        List<String> headings = new ArrayList<>();
        headings.add(rowName);
        counts.sources().forEach(source -> headings.add(sourceLabel(source)));
        headings.add("Total");
        DataTable table = new DataTable(id, caption, headings);
        for (ContactsBySource.Row row : counts.rows()) {
            List<String> cells = new ArrayList<>(counts.sources().stream().map(row::count).map(String::valueOf).toList());
            cells.add(String.valueOf(row.total()));
            table.row(rowHeading.apply(row), cells);
        }
        List<String> totals = new ArrayList<>(counts.sources().stream().map(counts::total).map(String::valueOf).toList());
        totals.add(String.valueOf(counts.rows().stream().mapToLong(ContactsBySource.Row::total).sum()));
        return table.total("Total", totals);
    }

    private static Section timeliness(PerformanceReport figures) {
        PerformanceReport.Timeliness timeliness = figures.timeliness();
        Section section = section("timeliness-heading", "Decided within one working day");
        section.add(new Paragraph("Of the " + timeliness.decided() + " contacts decided, "
                + timeliness.decidedInTime() + " (" + percent(timeliness.decidedInTimeShare()) + ") "
                + "were decided within one working day of receipt."));
        section.add(new Paragraph(timeliness.open() + " contacts are still open; " + timeliness.openOverdue()
                + " of them are past their deadline."));
        section.add(new Paragraph("A no further action or advice decision is final, and counted, when a duty "
                + "manager signs it off."));
        return section;
    }

    private static Section outcomes(PerformanceReport figures) {
        PerformanceReport.Outcomes outcomes = figures.outcomes();
        Section section = section("outcomes-heading", "What contacts led to");
        section.add(new Paragraph(outcomes.becameReferrals().text()
                + " of decided contacts became referrals (a child in need assessment, or a strategy discussion "
                + "and child protection enquiry)."));
        section.add(new Paragraph(outcomes.noFurtherAction().text() + " ended with no further action."));
        if (outcomes.decided() > 0) {
            List<BarChart.Bar> bars = java.util.Arrays.stream(ContactOutcome.values())
                    .map(outcome -> new BarChart.Bar(outcome.title(), List.of(outcomes.count(outcome)))).toList();
            section.add(BarChart.of("outcomes-chart", "Outcomes of decided contacts: bar chart",
                    List.of(new BarChart.Series("Contacts", BarChart.COLOURS.getFirst())), bars, false));
        }
        DataTable table = new DataTable("outcomes", "Outcomes of decided contacts",
                List.of("Outcome", "Contacts", "Share of decided contacts"));
        for (ContactOutcome outcome : ContactOutcome.values()) {
            table.row(outcome.title(), List.of(String.valueOf(outcomes.count(outcome)), percent(outcomes.share(outcome))));
        }
        table.total("All decided", List.of(String.valueOf(outcomes.decided()), outcomes.decided() == 0 ? "None yet" : "100%"));
        section.add(table);
        return section;
    }

    private static Section recontacts(PerformanceReport figures) {
        PerformanceReport.Recontacts recontacts = figures.recontacts();
        Section section = section("recontacts-heading", "Children contacted about again");
        Paragraph figure = new Paragraph(recontacts.recontacts() + " of the " + recontacts.contacts()
                + " contacts (" + percent(recontacts.share()) + ") were about a child who had another contact "
                + "in the 12 months before.");
        figure.setId("recontacts");
        section.add(figure, new Paragraph("Children are matched by NHS number, or by first name, last name and "
                + "date of birth when there is no NHS number. A child with neither is not matched."));
        return section;
    }

    /** Children missing education now (whatever the dates chosen): open, and missing past the flag without an outcome. */
    private Section missingEducation() {
        Section section = section("missing-education-heading", "Children missing education");
        MissingEducationCases.Figures now = missingEducation.figures(manager);
        Paragraph summary = new Paragraph(now.open() == 0 ? "No school is waiting to hear about a pupil missing education."
                : now.open() + " open, " + now.flagged() + " missing for more than " + now.flagAfterSchoolDays()
                        + " school days without an outcome.");
        summary.setId("missing-education-open");
        section.add(summary);
        return section;
    }

    private static Section challenges(PerformanceReport figures) {
        Section section = section("challenges-heading", "Challenges to decisions");
        PerformanceReport.OpenChallenges open = figures.challenges();
        Paragraph summary = new Paragraph(open.open() == 0 ? "No referrer is waiting for an answer to a challenge."
                : open.open() + " waiting for an answer, " + open.overdue() + " past the date they should have been "
                        + "answered by; the oldest arrived " + open.oldestDays()
                        + (open.oldestDays() == 1 ? " day ago." : " days ago."));
        summary.setId("challenges-open");
        section.add(summary);
        return section;
    }

    private static Section partners(PerformanceReport figures) {
        Section section = section("partners-heading", "Partner organisations");
        DataTable table = new DataTable("partners", "Contacts and decisions by partner organisation",
                List.of("Organisation", "Contacts", "Decided", "No further action", "Median time to decision (hours)",
                        "Given what they asked for"));
        for (PerformanceReport.Partner partner : figures.partners()) {
            table.row(partner.organisation(), List.of(String.valueOf(partner.contacts()),
                    String.valueOf(partner.decided()), partner.noFurtherActionShare().text(),
                    partner.medianHoursToDecision().isPresent()
                            ? String.format(Locale.UK, "%.1f", partner.medianHoursToDecision().getAsDouble())
                            : "None decided", partner.givenWhatTheyAsked().text()));
        }
        if (figures.partners().isEmpty()) {
            section.add(new Paragraph("No partner organisation made a contact in these dates."));
        }
        section.add(table, new Paragraph("No further action is a share of each organisation's decided contacts. "
                + "Time to decision runs from receipt to the final decision, which is when the referrer hears it. "
                + "Given what they asked for counts decided contacts whose outcome was what the referrer asked for, of "
                + "those where the outcome can say (not when they asked for something else in their own words)."));
        return section;
    }

    private Section inspection(ReportingPeriod period) {
        Section section = section("inspection-heading", "Export for inspection");
        section.add(new Paragraph("Ofsted's Annex A lists for " + span(period.from(), period.to())
                + ", as CSV files: List 1 has every contact received, List 3 every referral made."));
        Paragraph warning = new Paragraph("These files hold children's data. Every download is recorded with "
                + "your name. Store and send them only as your information sharing rules allow.");
        warning.addClassName("fd-warning-text");
        UnorderedList links = new UnorderedList(
                new ListItem(download("download-list-1", "Download Annex A List 1: contacts (CSV)",
                        () -> export.contacts(manager, period))),
                new ListItem(download("download-list-3", "Download Annex A List 3: referrals (CSV)",
                        () -> export.referrals(manager, period))));
        links.addClassName("fd-downloads");
        section.add(warning, links, new Paragraph("Children are identified by a code that stays the same from one "
                + "export to the next, never by name. Gender and ethnicity are as the referrer gave them; where they "
                + "did not, they show as not recorded: \"c) Not stated/recorded\" and NOBT (information not yet "
                + "obtained)."));
        return section;
    }

    /** A link that makes the file when it is followed, so each download is made fresh and audited. */
    private static Anchor download(String id, String text, Supplier<AnnexAFile> make) {
        DownloadHandler handler = event -> {
            AnnexAFile file = make.get();
            byte[] bytes = file.bytes();
            event.setFileName(file.fileName());
            event.setContentType(AnnexAFile.CONTENT_TYPE);
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Anchor link = new Anchor(handler, text);
        link.setId(id);
        return link;
    }

    private static Section section(String headingId, String heading, com.vaadin.flow.component.Component... content) {
        H2 title = new H2(heading);
        title.setId(headingId);
        Section section = new Section(title);
        section.addClassName("fd-panel-section");
        section.getElement().setAttribute("aria-labelledby", headingId);
        section.add(content);
        return section;
    }

    static String sourceLabel(String code) {
        return ReferralSource.ofCode(code).map(source -> source.label() + " (" + code + ")").orElse(code);
    }

    /** "26 October to 22 November 2026", as GOV.UK writes a span of dates. */
    static String span(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return Dates.day(first);
        }
        return (first.getYear() == last.getYear() ? DAY_AND_MONTH.format(first) : Dates.day(first))
                + " to " + Dates.day(last);
    }

    private static String percent(uk.frontdoor.council.performance.Share share) {
        return share.percent().isPresent() ? Math.round(share.percent().getAsDouble()) + "%" : "None yet";
    }
}
