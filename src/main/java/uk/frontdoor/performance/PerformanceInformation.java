package uk.frontdoor.performance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.duty.ContactOutcome;
import uk.frontdoor.organisation.ReferralSource;
import uk.frontdoor.performance.PerformanceReport.ContactsBySource;
import uk.frontdoor.performance.PerformanceReport.Outcomes;
import uk.frontdoor.performance.PerformanceReport.Partner;
import uk.frontdoor.performance.PerformanceReport.Recontacts;
import uk.frontdoor.performance.PerformanceReport.Timeliness;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;

/**
 * Performance information for duty managers, from the duty side's own copy of each contact: how many came
 * from whom, whether they were decided within one working day, what they led to, how many children came back,
 * and how each partner organisation fares. Counts only: no child's details leave this class.
 */
@Service
public class PerformanceInformation {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SameChild sameChild;

    private final CouncilAccess access;

    PerformanceInformation(JdbcClient jdbc, Clock clock, SameChild sameChild, CouncilAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sameChild = sameChild;
    }

    /** Today in UK time, where a default period ends. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public PerformanceReport report(CurrentUser manager, ReportingPeriod period) {
        access.require(manager, Role.DUTY_MANAGER);
        ZoneId zone = clock.getZone();
        Map<LocalDate, Map<String, Long>> daily = daily(period, zone);
        List<String> sources = sources(daily);
        ContactsBySource perDay = perDay(period, daily, sources);
        ContactsBySource perWeek = perWeek(period, perDay, sources);
        long contacts = perDay.rows().stream().mapToLong(ContactsBySource.Row::total).sum();
        return new PerformanceReport(period, contacts, perDay, perWeek, timeliness(period, zone),
                outcomes(period, zone), new Recontacts(contacts, sameChild.recontacts(period, zone)),
                partners(period, zone), adviceRequests(period, zone));
    }

    /** Requests for advice are consultations, not contacts about a child: they are counted apart. */
    private long adviceRequests(ReportingPeriod period, ZoneId zone) {
        return jdbc.sql("SELECT count(*) FROM duty_contact WHERE kind = 'advice' AND received_at >= :start "
                        + "AND received_at < :end")
                .param("start", Timestamp.from(period.start(zone)))
                .param("end", Timestamp.from(period.end(zone)))
                .query(Long.class).single();
    }

    private Map<LocalDate, Map<String, Long>> daily(ReportingPeriod period, ZoneId zone) {
        Map<LocalDate, Map<String, Long>> daily = new LinkedHashMap<>();
        jdbc.sql("SELECT (received_at AT TIME ZONE :zone)::date AS day, referral_source, count(*) AS contacts "
                        + "FROM duty_contact WHERE kind = 'concern' AND received_at >= :start AND received_at < :end "
                        + "GROUP BY 1, 2")
                .param("zone", zone.getId())
                .param("start", Timestamp.from(period.start(zone)))
                .param("end", Timestamp.from(period.end(zone)))
                .query(row -> {
                    daily.computeIfAbsent(row.getObject("day", LocalDate.class), day -> new LinkedHashMap<>())
                            .put(row.getString("referral_source"), row.getLong("contacts"));
                });
        return daily;
    }

    /** The sources that made contacts, in census code order (1A ... 10), any code the census lacks last. */
    private static List<String> sources(Map<LocalDate, Map<String, Long>> daily) {
        List<String> order = java.util.Arrays.stream(ReferralSource.values()).map(ReferralSource::code).toList();
        return daily.values().stream().flatMap(bySource -> bySource.keySet().stream()).distinct()
                .sorted(Comparator.comparingInt((String code) -> order.contains(code) ? order.indexOf(code) : order.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Every day of the period, with nothing on days without contacts. */
    private static ContactsBySource perDay(ReportingPeriod period, Map<LocalDate, Map<String, Long>> daily,
            List<String> sources) {
        List<ContactsBySource.Row> rows = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            rows.add(new ContactsBySource.Row(day, day, Map.copyOf(daily.getOrDefault(day, Map.of()))));
        }
        return new ContactsBySource(sources, List.copyOf(rows));
    }

    /** Monday-to-Sunday weeks, cut at the ends of the period (so the first and last may be part weeks). */
    private static ContactsBySource perWeek(ReportingPeriod period, ContactsBySource perDay, List<String> sources) {
        List<ContactsBySource.Row> rows = new ArrayList<>();
        LocalDate first = period.from();
        while (!first.isAfter(period.to())) {
            LocalDate sunday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            LocalDate last = sunday.isAfter(period.to()) ? period.to() : sunday;
            Map<String, Long> bySource = new LinkedHashMap<>();
            LocalDate from = first;
            perDay.rows().stream()
                    .filter(day -> !day.first().isBefore(from) && !day.first().isAfter(last))
                    .forEach(day -> day.bySource().forEach((source, count) -> bySource.merge(source, count, Long::sum)));
            rows.add(new ContactsBySource.Row(first, last, Map.copyOf(bySource)));
            first = last.plusDays(1);
        }
        return new ContactsBySource(sources, List.copyOf(rows));
    }

    private Timeliness timeliness(ReportingPeriod period, ZoneId zone) {
        return jdbc.sql("SELECT count(decided_at) AS decided, "
                        + "count(*) FILTER (WHERE decided_at <= decision_due_at) AS decided_in_time, "
                        + "count(*) FILTER (WHERE decided_at IS NULL) AS open, "
                        + "count(*) FILTER (WHERE decided_at IS NULL AND decision_due_at <= :now) AS open_overdue "
                        + "FROM duty_contact WHERE kind = 'concern' AND received_at >= :start AND received_at < :end")
                .param("now", Timestamp.from(clock.instant()))
                .param("start", Timestamp.from(period.start(zone)))
                .param("end", Timestamp.from(period.end(zone)))
                .query((row, n) -> new Timeliness(row.getLong("decided"), row.getLong("decided_in_time"),
                        row.getLong("open"), row.getLong("open_overdue")))
                .single();
    }

    private Outcomes outcomes(ReportingPeriod period, ZoneId zone) {
        Map<ContactOutcome, Long> counts = new EnumMap<>(ContactOutcome.class);
        jdbc.sql("SELECT outcome, count(*) AS contacts FROM duty_contact "
                        + "WHERE kind = 'concern' AND received_at >= :start AND received_at < :end AND decided_at IS NOT NULL GROUP BY outcome")
                .param("start", Timestamp.from(period.start(zone)))
                .param("end", Timestamp.from(period.end(zone)))
                .query(row -> {
                    counts.put(ContactOutcome.valueOf(row.getString("outcome")), row.getLong("contacts"));
                });
        return new Outcomes(counts);
    }

    private List<Partner> partners(ReportingPeriod period, ZoneId zone) {
        return jdbc.sql("SELECT organisation_name, count(*) AS contacts, count(decided_at) AS decided, "
                        + "count(*) FILTER (WHERE decided_at IS NOT NULL AND outcome = 'NFA') AS nfa, "
                        + "percentile_cont(0.5) WITHIN GROUP (ORDER BY "
                        + "extract(epoch FROM decided_at - received_at)::double precision) / 3600 AS median_hours "
                        + "FROM duty_contact WHERE kind = 'concern' AND received_at >= :start AND received_at < :end "
                        + "GROUP BY organisation_name ORDER BY count(*) DESC, organisation_name")
                .param("start", Timestamp.from(period.start(zone)))
                .param("end", Timestamp.from(period.end(zone)))
                .query((row, n) -> {
                    double median = row.getDouble("median_hours");
                    return new Partner(row.getString("organisation_name"), row.getLong("contacts"),
                            row.getLong("decided"), row.getLong("nfa"),
                            row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(median));
                })
                .list();
    }
}
