package uk.frontdoor.council.performance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.validation.FieldError;

/**
 * The days a manager looks at, first and last included, in UK dates. At most a year, so a dashboard or an
 * export stays quick and an inspection request (usually the last 6 or 12 months) fits in one.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    public static final String FROM = "period-from";
    public static final String TO = "period-to";

    public ReportingPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period needs a start and an end date");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The start date is after the end date");
        }
        if (!to.isBefore(from.plusYears(1))) {
            throw new IllegalArgumentException("A period is at most one year");
        }
    }

    /** The default view: the 4 weeks up to and including today. */
    public static ReportingPeriod lastFourWeeks(LocalDate today) {
        return new ReportingPeriod(today.minusWeeks(4).plusDays(1), today);
    }

    /** The first moment of the period, in the given zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Twelve months before the period starts: how far back re-contacts and a child's earlier referrals count. */
    public Instant yearBefore(ZoneId zone) {
        return from.minusMonths(12).atStartOfDay(zone).toInstant();
    }

    /** For file names: {@code 2026-10-26-to-2026-11-22}. */
    public String slug() {
        return from + "-to-" + to;
    }

    /** A date as typed into GOV.UK's day, month and year boxes. */
    public record TypedDate(String day, String month, String year) {

        public static TypedDate of(LocalDate date) {
            return new TypedDate(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                    String.valueOf(date.getYear()));
        }

        /** Empty for an impossible date such as 31 2 2026, or one that is not numbers. */
        Optional<LocalDate> date() {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                        Integer.parseInt(day.strip())));
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    /** The problems with a period as typed, each on its field; empty when {@link #of} will accept it. */
    public static List<FieldError> check(TypedDate from, TypedDate to) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> start = date(FROM, "Start date", from, errors);
        Optional<LocalDate> end = date(TO, "End date", to, errors);
        if (start.isPresent() && end.isPresent()) {
            if (start.get().isAfter(end.get())) {
                errors.add(new FieldError(TO, "End date must be the same as or after the start date"));
            } else if (!end.get().isBefore(start.get().plusYears(1))) {
                errors.add(new FieldError(TO, "End date must be less than 1 year after the start date"));
            }
        }
        return errors;
    }

    /** A period typed in the boxes; call {@link #check} first. */
    public static ReportingPeriod of(TypedDate from, TypedDate to) {
        return new ReportingPeriod(from.date().orElseThrow(() -> new IllegalArgumentException("Not a date")),
                to.date().orElseThrow(() -> new IllegalArgumentException("Not a date")));
    }

    private static Optional<LocalDate> date(String field, String name, TypedDate typed, List<FieldError> errors) {
        if (typed == null || blank(typed.day()) && blank(typed.month()) && blank(typed.year())) {
            errors.add(new FieldError(field, "Enter the " + name.toLowerCase()));
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (blank(typed.day())) missing.add("day");
        if (blank(typed.month())) missing.add("month");
        if (blank(typed.year())) missing.add("year");
        if (!missing.isEmpty()) {
            errors.add(new FieldError(field, name + " must include a " + String.join(" and a ", missing)));
            return Optional.empty();
        }
        if (!typed.year().strip().matches("[0-9]{4}")) {
            errors.add(new FieldError(field, name + " must be a real date, with a 4 number year"));
            return Optional.empty();
        }
        Optional<LocalDate> date = typed.date();
        if (date.isEmpty()) {
            errors.add(new FieldError(field, name + " must be a real date"));
        }
        return date;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
