package uk.frontdoor.council.performance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.council.duty.ContactFigures;
import uk.frontdoor.organisation.ReferralSource;
import uk.frontdoor.council.performance.PerformanceReport.ContactsBySource;
import uk.frontdoor.council.performance.PerformanceReport.Outcomes;
import uk.frontdoor.council.performance.PerformanceReport.Partner;
import uk.frontdoor.council.performance.PerformanceReport.Recontacts;
import uk.frontdoor.council.performance.PerformanceReport.Timeliness;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;

/**
 * Performance information for duty managers, from the duty side's own copy of each contact (through duty's
 * {@link ContactFigures}): how many came from whom, whether they were decided within one working day, what they led
 * to, how many children came back, and how each partner organisation fares. Counts only: no child's details leave
 * this class.
 */
@Service
public class PerformanceInformation {

    private final ContactFigures figures;
    private final Clock clock;

    private final CouncilAccess access;

    PerformanceInformation(ContactFigures figures, Clock clock, CouncilAccess access) {
        this.access = access;
        this.figures = figures;
        this.clock = clock;
    }

    /** Today in UK time, where a default period ends. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public PerformanceReport report(CurrentUser manager, ReportingPeriod period) {
        access.require(manager, Role.DUTY_MANAGER);
        ZoneId zone = clock.getZone();
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        Map<LocalDate, Map<String, Long>> daily = figures.contactsByDayAndSource(start, end, zone);
        List<String> sources = sources(daily);
        ContactsBySource perDay = perDay(period, daily, sources);
        ContactsBySource perWeek = perWeek(period, perDay, sources);
        long contacts = perDay.rows().stream().mapToLong(ContactsBySource.Row::total).sum();
        long recontacts = figures.recontacts(period.yearBefore(zone), start, end);
        return new PerformanceReport(period, contacts, perDay, perWeek, timeliness(start, end),
                new Outcomes(figures.outcomes(start, end)), new Recontacts(contacts, recontacts), partners(start, end),
                figures.adviceRequests(start, end), challenges());
    }

    private PerformanceReport.OpenChallenges challenges() {
        Instant now = clock.instant();
        ContactFigures.OpenChallenges open = figures.openChallenges(now);
        return new PerformanceReport.OpenChallenges(open.open(), open.overdue(), open.oldestReceivedAt() == null ? 0
                : java.time.Duration.between(open.oldestReceivedAt(), now).toDays());
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

    private Timeliness timeliness(Instant start, Instant end) {
        ContactFigures.Timeliness clock = figures.timeliness(start, end, this.clock.instant());
        return new Timeliness(clock.decided(), clock.decidedInTime(), clock.open(), clock.openOverdue());
    }

    private List<Partner> partners(Instant start, Instant end) {
        return figures.partners(start, end).stream().map(partner -> new Partner(partner.organisationName(),
                partner.contacts(), partner.decided(), partner.nfa(), partner.medianHours(),
                new Share(partner.answered(), partner.asked()))).toList();
    }
}
