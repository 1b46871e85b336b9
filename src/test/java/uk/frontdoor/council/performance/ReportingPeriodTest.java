package uk.frontdoor.council.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.council.performance.ReportingPeriod.TypedDate;
import uk.frontdoor.validation.FieldError;

/** The dates a manager chooses: the last 4 weeks unless they say otherwise, start not after end, at most a year. */
class ReportingPeriodTest {

    @Test
    void the_default_is_the_four_weeks_up_to_and_including_today() {
        ReportingPeriod period = ReportingPeriod.lastFourWeeks(LocalDate.of(2026, 11, 22));
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(period.slug()).isEqualTo("2026-10-26-to-2026-11-22");
    }

    @Test
    void a_start_after_the_end_is_refused_on_the_end_date() {
        assertThat(messages(new TypedDate("22", "11", "2026"), new TypedDate("26", "10", "2026")))
                .containsExactly("period-to: End date must be the same as or after the start date");
        assertThatThrownBy(() -> new ReportingPeriod(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 10, 26)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_single_day_is_a_period() {
        assertThat(messages(new TypedDate("22", "11", "2026"), new TypedDate("22", "11", "2026"))).isEmpty();
    }

    @Test
    void a_period_is_at_most_one_year() {
        assertThat(messages(new TypedDate("1", "4", "2025"), new TypedDate("31", "3", "2026"))).isEmpty();
        assertThat(messages(new TypedDate("1", "4", "2025"), new TypedDate("1", "4", "2026")))
                .containsExactly("period-to: End date must be less than 1 year after the start date");
        assertThatThrownBy(() -> new ReportingPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_date_must_be_given_in_full_and_be_real() {
        assertThat(messages(new TypedDate("", "", ""), new TypedDate("22", "", "2026"))).containsExactly(
                "period-from: Enter the start date", "period-to: End date must include a month");
        assertThat(messages(new TypedDate("31", "2", "2026"), new TypedDate("1", "3", "26"))).containsExactly(
                "period-from: Start date must be a real date",
                "period-to: End date must be a real date, with a 4 number year");
        assertThat(messages(new TypedDate("x", "2", "2026"), new TypedDate("1", "3", "2026")))
                .containsExactly("period-from: Start date must be a real date");
    }

    @Test
    void a_share_shows_its_counts_as_well_as_the_rounded_percentage() {
        assertThat(new Share(3, 4).text()).isEqualTo("75% (3 of 4)");
        assertThat(new Share(1, 3).text()).isEqualTo("33% (1 of 3)");
        assertThat(new Share(0, 0).text()).isEqualTo("None yet (0 of 0)");
        assertThat(new Share(0, 0).percent()).isEmpty();
    }

    private static List<String> messages(TypedDate from, TypedDate to) {
        return ReportingPeriod.check(from, to).stream().map(FieldError::toString)
                .map(each -> each.replaceAll("FieldError\\[field=(.*), message=(.*)]", "$1: $2")).toList();
    }
}
