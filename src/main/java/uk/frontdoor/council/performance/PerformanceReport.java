package uk.frontdoor.council.performance;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import uk.frontdoor.council.duty.ContactOutcome;

/**
 * What a duty manager sees for a period: every figure is about the contacts received in it (what has happened
 * to them so far), so the numbers add up across the sections.
 */
public record PerformanceReport(ReportingPeriod period, long contacts, ContactsBySource perDay,
        ContactsBySource perWeek, Timeliness timeliness, Outcomes outcomes, Recontacts recontacts,
        List<Partner> partners, long adviceRequests, OpenChallenges challenges) {

    /**
     * Referrers' challenges to decisions not yet answered, now (whatever the dates chosen).
     *
     * @param oldestDays whole days since the oldest open one arrived; 0 with none open
     */
    public record OpenChallenges(long open, long overdue, long oldestDays) {
    }

    /**
     * Contacts counted per day or per week and per CIN referral source.
     *
     * @param sources the sources that made at least one contact in the period, in census code order
     */
    public record ContactsBySource(List<String> sources, List<Row> rows) {

        public long total(String source) {
            return rows.stream().mapToLong(row -> row.count(source)).sum();
        }

        /** Days (or a week's days inside the period) from {@code first} to {@code last}. */
        public record Row(LocalDate first, LocalDate last, Map<String, Long> bySource) {

            public long count(String source) {
                return bySource.getOrDefault(source, 0L);
            }

            public long total() {
                return bySource.values().stream().mapToLong(Long::longValue).sum();
            }
        }
    }

    /**
     * The one-working-day clock (Working Together 2023).
     *
     * @param decided contacts with a final decision (a no further action decision counts once signed off)
     * @param decidedInTime of those, decided by their deadline
     * @param open not decided yet
     * @param openOverdue of those, past their deadline now
     */
    public record Timeliness(long decided, long decidedInTime, long open, long openOverdue) {

        public Share decidedInTimeShare() {
            return new Share(decidedInTime, decided);
        }
    }

    /** What decided contacts led to. */
    public record Outcomes(Map<ContactOutcome, Long> counts) {

        public Outcomes {
            Map<ContactOutcome, Long> copy = new EnumMap<>(ContactOutcome.class);
            copy.putAll(counts);
            counts = Collections.unmodifiableMap(copy);
        }

        public long count(ContactOutcome outcome) {
            return counts.getOrDefault(outcome, 0L);
        }

        public long decided() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Conversion: decided contacts accepted for a social care response. */
        public Share becameReferrals() {
            return new Share(counts.entrySet().stream().filter(each -> each.getKey().becomesReferral())
                    .mapToLong(Map.Entry::getValue).sum(), decided());
        }

        public Share noFurtherAction() {
            return new Share(count(ContactOutcome.NFA), decided());
        }

        public Share share(ContactOutcome outcome) {
            return new Share(count(outcome), decided());
        }
    }

    /** Contacts about a child who had another contact in the 12 months before. */
    public record Recontacts(long contacts, long recontacts) {

        public Share share() {
            return new Share(recontacts, contacts);
        }
    }

    /**
     * A partner organisation's contacts and how fast it heard the decision.
     *
     * @param medianHoursToDecision from receipt to the final decision, over its decided contacts; empty if none
     * @param givenWhatTheyAsked decided contacts whose outcome gave the referrer what they asked for, of those where
     *                           the outcome can say (not "something else", not nothing asked)
     */
    public record Partner(String organisation, long contacts, long decided, long noFurtherAction,
            OptionalDouble medianHoursToDecision, Share givenWhatTheyAsked) {

        public Share noFurtherActionShare() {
            return new Share(noFurtherAction, decided);
        }
    }
}
