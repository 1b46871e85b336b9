package uk.frontdoor.council.performance.ui;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.performance.InspectionExport;
import uk.frontdoor.council.performance.PerformanceInformation;
import uk.frontdoor.council.performance.ReportingPeriod;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;

/** A duty manager opens the performance information, chooses dates and finds the inspection lists; nobody else can. */
class PerformanceViewTest extends UiTest {

    @Autowired PerformanceInformation information;
    @Autowired InspectionExport export;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired JdbcClient jdbc;

    @Test
    void a_duty_manager_sees_the_last_four_weeks_under_plain_headings_with_charts_and_tables() {
        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(PerformanceView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Performance information");
        ReportingPeriod lastFourWeeks = ReportingPeriod.lastFourWeeks(information.today());
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly(
                "Summary: " + PerformanceView.span(lastFourWeeks.from(), lastFourWeeks.to()),
                "Contacts each week, by who made them", "Decided within one working day", "What contacts led to",
                "Children contacted about again", "Partner organisations", "Challenges to decisions", "Children missing education", "Export for inspection");
        assertThat(dateTyped(ReportingPeriod.FROM)).isEqualTo(lastFourWeeks.from());
        assertThat(dateTyped(ReportingPeriod.TO)).isEqualTo(lastFourWeeks.to());

        NativeTable days = _get(NativeTable.class, spec -> spec.withId("contacts-per-day"));
        assertThat(days.getCaptionText()).isEqualTo("Contacts each day, by source");
        assertThat(days.getBody().getChildren()).hasSize(28);
        assertThat(_get(NativeTable.class, spec -> spec.withId("contacts-per-week")).getBody().getChildren().count())
                .isBetween(4L, 5L);
        NativeTable outcomes = _get(NativeTable.class, spec -> spec.withId("outcomes"));
        assertThat(rows(outcomes)).hasSize(6).first().asString().startsWith("No further action");
        assertThat(header(_get(NativeTable.class, spec -> spec.withId("partners")))).containsExactly("Organisation",
                "Contacts", "Decided", "No further action", "Median time to decision (hours)", "Given what they asked for");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-list-1")).getText())
                .isEqualTo("Download Annex A List 1: contacts (CSV)");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-list-3")).getText())
                .isEqualTo("Download Annex A List 3: referrals (CSV)");
    }

    @Test
    void contacts_and_outcomes_are_drawn_as_charts_named_by_their_titles_beside_tables_of_the_same_numbers() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Chart", "Drawn"));
        eventually("the contact reaches the duty inbox", Duration.ofSeconds(20), () -> jdbc.sql(
                "SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference).query(Long.class).single() == 1);
        UUID id = jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
        assertThat(decisions.decide(DemoUser.DUTY.currentUser(), id,
                new DecisionForm(ContactOutcome.CIN_ASSESSMENT, Set.of("16A"), 3, "Needs assessment."))).isEmpty();

        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(PerformanceView.class);
        for (String chart : List.of("contacts-per-week-chart", "outcomes-chart")) {
            String svg = _get(Svg.class, spec -> spec.withId(chart)).getElement().getProperty("innerHTML");
            assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"" + chart + "-title " + chart + "-desc\"",
                    "<desc id=\"" + chart + "-desc\">The same numbers are in the table after the chart.</desc>");
        }
        assertThat(_get(Svg.class, spec -> spec.withId("contacts-per-week-chart")).getElement().getProperty("innerHTML"))
                .contains("<title id=\"contacts-per-week-chart-title\">Contacts each week, by source: bar chart</title>",
                        "Schools (2A)");
        assertThat(_get(Svg.class, spec -> spec.withId("outcomes-chart")).getElement().getProperty("innerHTML"))
                .contains("Child in need assessment (section 17)");
        assertThat(rows(_get(NativeTable.class, spec -> spec.withId("outcomes"))))
                .anySatisfy(row -> assertThat(row).startsWith("Child in need assessment (section 17)"));
    }

    @Test
    void dates_that_are_the_wrong_way_round_or_too_far_apart_are_explained_in_the_error_summary() {
        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(PerformanceView.class);
        typeDate(ReportingPeriod.FROM, "22", "11", "2026");
        typeDate(ReportingPeriod.TO, "26", "10", "2026");
        _click(_get(Button.class, spec -> spec.withId("show-figures")));
        assertThat(errors()).containsExactly("End date must be the same as or after the start date");
        assertThat(_get(MemorableDate.class, spec -> spec.withId(ReportingPeriod.TO)).isInvalid()).isTrue();

        typeDate(ReportingPeriod.FROM, "1", "4", "2025");
        typeDate(ReportingPeriod.TO, "1", "4", "2026");
        _click(_get(Button.class, spec -> spec.withId("show-figures")));
        assertThat(errors()).containsExactly("End date must be less than 1 year after the start date");

        typeDate(ReportingPeriod.FROM, "", "4", "2025");
        typeDate(ReportingPeriod.TO, "31", "3", "2026");
        _click(_get(Button.class, spec -> spec.withId("show-figures")));
        assertThat(errors()).containsExactly("Start date must include a day");
    }

    @Test
    void dates_chosen_show_the_figures_for_them_and_the_downloads_follow() {
        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(PerformanceView.class);
        typeDate(ReportingPeriod.FROM, "1", "4", "2025");
        typeDate(ReportingPeriod.TO, "31", "3", "2026");
        _click(_get(Button.class, spec -> spec.withId("show-figures")));
        assertThat(errors()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("from=2025-04-01", "to=2026-03-31");
        assertThat(pageText()).contains("Summary: 1 April 2025 to 31 March 2026",
                "Ofsted's Annex A lists for 1 April 2025 to 31 March 2026");
        assertThat(_get(NativeTable.class, spec -> spec.withId("contacts-per-day")).getBody().getChildren()).hasSize(365);
    }

    @Test
    void a_duty_social_worker_and_a_teacher_are_refused_in_the_view_and_in_the_services() {
        ReportingPeriod period = ReportingPeriod.lastFourWeeks(LocalDate.now());
        for (DemoUser refused : List.of(DemoUser.DUTY, DemoUser.TEACHER)) {
            signInAs(refused);
            assertRefused(refused.name(), () -> UI.getCurrent().navigate(PerformanceView.class));
            assertThatThrownBy(() -> information.report(refused.currentUser(), period))
                    .as(refused.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.contacts(refused.currentUser(), period))
                    .as(refused.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.referrals(refused.currentUser(), period))
                    .as(refused.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_home_page_offers_performance_and_inspection_data_to_duty_managers_only() {
        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(Views.named("HomeView"));
        assertThat(homeActions()).contains("Performance and inspection data");
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(Views.named("HomeView"));
        assertThat(homeActions()).contains("Duty inbox").doesNotContain("Performance and inspection data");
    }

    private static List<String> homeActions() {
        return _find(RouterLink.class).stream().map(RouterLink::getText).toList();
    }

    private static void typeDate(String id, String day, String month, String year) {
        MemorableDate date = _get(MemorableDate.class, spec -> spec.withId(id));
        Type.into(date.day(), day);
        Type.into(date.month(), month);
        Type.into(date.year(), year);
    }

    private static LocalDate dateTyped(String id) {
        MemorableDate date = _get(MemorableDate.class, spec -> spec.withId(id));
        return LocalDate.of(Integer.parseInt(date.year().getValue()), Integer.parseInt(date.month().getValue()),
                Integer.parseInt(date.day().getValue()));
    }

    private static List<String> rows(NativeTable table) {
        return table.getBody().getChildren().map(row -> row.getElement().getTextRecursively()).toList();
    }

    private static List<String> header(NativeTable table) {
        return ((NativeTableRow) table.getHead().getChildren().findFirst().orElseThrow()).getChildren()
                .map(cell -> cell.getElement().getTextRecursively()).toList();
    }


}
