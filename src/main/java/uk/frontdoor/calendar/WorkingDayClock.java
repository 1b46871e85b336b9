package uk.frontdoor.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The one-working-day clock (Working Together 2023: decide next steps within one working day of receipt).
 *
 * <p>A contact received while the office is open is due at the same time on the next working day, or at that
 * day's closing time if it closes earlier (Friday). One received outside office hours starts the clock at the
 * next opening. Weekends and bank holidays of England and Wales are not working days.
 */
@Component
public class WorkingDayClock {

    private final OfficeHours hours;
    private final Set<LocalDate> bankHolidays;

    public WorkingDayClock(OfficeHours hours) {
        this.hours = hours;
        this.bankHolidays = read(hours);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !bankHolidays.contains(date) && hours.on(date.getDayOfWeek()).isPresent();
    }

    /** When the decision on a contact received at this moment is due. */
    public Instant decisionDue(Instant received) {
        return dueAfter(received, 1);
    }

    /**
     * The same time of day, {@code workingDays} working days after the clock starts (an answer to a challenge, due
     * in the days local procedures allow), or the office's closing time when it starts after that.
     */
    public Instant dueAfter(Instant received, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A deadline is at least one working day away");
        }
        ZonedDateTime start = clockStart(received.atZone(hours.zone()));
        LocalDate next = start.toLocalDate();
        for (int day = 0; day < workingDays; day++) {
            next = nextWorkingDay(next);
        }
        LocalTime closes = hours.on(next.getDayOfWeek()).orElseThrow()[1];
        LocalTime due = start.toLocalTime().isAfter(closes) ? closes : start.toLocalTime();
        return next.atTime(due).atZone(hours.zone()).toInstant();
    }

    /** How the clock stands for a contact due at {@code due}, seen at {@code now}. */
    public DeadlineStatus status(Instant due, Instant now) {
        if (!now.isBefore(due)) {
            return DeadlineStatus.OVERDUE;
        }
        LocalDate today = now.atZone(hours.zone()).toLocalDate();
        return due.atZone(hours.zone()).toLocalDate().equals(today) ? DeadlineStatus.DUE_TODAY : DeadlineStatus.ON_TRACK;
    }

    /** The moment the clock starts: now if the office is open, else its next opening. */
    private ZonedDateTime clockStart(ZonedDateTime received) {
        LocalDate day = received.toLocalDate();
        if (isWorkingDay(day)) {
            LocalTime[] open = hours.on(day.getDayOfWeek()).orElseThrow();
            if (received.toLocalTime().isBefore(open[0])) {
                return day.atTime(open[0]).atZone(hours.zone());
            }
            if (received.toLocalTime().isBefore(open[1])) {
                return received;
            }
        }
        LocalDate next = nextWorkingDay(day);
        return next.atTime(hours.on(next.getDayOfWeek()).orElseThrow()[0]).atZone(hours.zone());
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        for (int guard = 0; !isWorkingDay(day); guard++) {
            if (guard > 366) {
                throw new IllegalStateException("No working day in a year: check frontdoor.calendar.opening-hours");
            }
            day = day.plusDays(1);
        }
        return day;
    }

    private static Set<LocalDate> read(OfficeHours hours) {
        Set<LocalDate> dates = new TreeSet<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(hours.bankHolidays().getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines()
                    .filter(line -> !line.isBlank() && Character.isDigit(line.charAt(0)))
                    .forEach(line -> dates.add(LocalDate.parse(line.split(",")[0].strip())));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the bank holidays " + hours.bankHolidays(), unreadable);
        }
        return dates;
    }
}
