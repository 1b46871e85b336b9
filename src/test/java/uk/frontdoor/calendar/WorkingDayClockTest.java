package uk.frontdoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The one-working-day clock with Stoke-on-Trent's hours and England and Wales bank holidays. */
class WorkingDayClockTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final WorkingDayClock clock = new WorkingDayClock(new OfficeHours(UK, Map.of(
            DayOfWeek.MONDAY, "08:30-17:00", DayOfWeek.TUESDAY, "08:30-17:00", DayOfWeek.WEDNESDAY, "08:30-17:00",
            DayOfWeek.THURSDAY, "08:30-17:00", DayOfWeek.FRIDAY, "08:30-16:30"),
            new ClassPathResource("calendar/bank-holidays-england-and-wales.csv")));

    @ParameterizedTest(name = "received {0}, due {1}: {2}")
    @CsvSource({
            "2026-11-23T10:00, 2026-11-24T10:00, a Monday morning is due on Tuesday at the same time",
            "2026-11-26T16:45, 2026-11-27T16:30, late on Thursday is due when ChAD closes early on Friday",
            "2026-11-27T10:00, 2026-11-30T10:00, a Friday is due on Monday",
            "2026-11-27T16:45, 2026-12-01T08:30, after Friday's early close the clock starts on Monday",
            "2026-11-23T17:30, 2026-11-25T08:30, after hours the clock starts at the next opening",
            "2026-11-23T07:15, 2026-11-24T08:30, before opening the clock starts at opening",
            "2026-11-28T11:00, 2026-12-01T08:30, a Saturday starts the clock on Monday",
            "2026-12-24T15:00, 2026-12-29T15:00, Christmas Eve skips Christmas and the substitute Boxing Day",
            "2026-04-02T12:00, 2026-04-07T12:00, Easter: Good Friday and Easter Monday are skipped",
            "2027-12-24T09:00, 2027-12-29T09:00, both Christmas substitute days are skipped",
            "2026-03-27T12:00, 2026-03-30T12:00, the clocks going forward keep the local time"})
    void decision_due(String received, String due, String why) {
        assertThat(clock.decisionDue(uk(received))).as(why).isEqualTo(uk(due));
    }

    @Test
    void bank_holidays_and_weekends_are_not_working_days() {
        assertThat(clock.isWorkingDay(java.time.LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(clock.isWorkingDay(java.time.LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(clock.isWorkingDay(java.time.LocalDate.of(2026, 11, 27))).isTrue();
    }

    @Test
    void due_today_and_overdue_stand_out() {
        Instant due = uk("2026-11-24T10:00");
        assertThat(clock.status(due, uk("2026-11-23T12:00"))).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(clock.status(due, uk("2026-11-24T08:31"))).isEqualTo(DeadlineStatus.DUE_TODAY);
        assertThat(clock.status(due, uk("2026-11-24T10:00"))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    private static Instant uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UK).toInstant();
    }
}
