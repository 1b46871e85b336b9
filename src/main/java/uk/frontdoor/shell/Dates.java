package uk.frontdoor.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK writes them: "22 November 2026 at 2:05pm", in UK time. */
public final class Dates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Dates() {
    }

    /** A day as GOV.UK writes it: "22 November 2026". */
    public static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }

    public static String dateAndTime(Instant instant) {
        var local = instant.atZone(UK);
        return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** "2:05pm today", or the date and time when it was not today. */
    public static String timeTodayOrDateAndTime(Instant instant, java.time.Clock clock) {
        var local = instant.atZone(UK);
        return local.toLocalDate().equals(java.time.LocalDate.now(clock.withZone(UK)))
                ? TIME.format(local).toLowerCase(Locale.UK) + " today"
                : dateAndTime(instant);
    }
}
