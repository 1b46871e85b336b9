package uk.frontdoor.council.duty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Duty's figures about the contacts it received and decided, for others to report on (performance information,
 * the inspection export): the one way into duty's own copy of each contact, so its tables stay duty's. Each figure
 * is about the contacts received in {@code [start, end)}, or for referrals decided in it.
 */
@Service
public class ContactFigures {

    private static final String CHILD_FIELDS = "c.contact->'child'->>'dateOfBirth' AS date_of_birth, "
            + "c.contact->'child'->>'approximateAge' AS approximate_age, "
            + "c.contact->'aboutChild'->>'gender' AS gender, c.contact->'aboutChild'->>'ethnicity' AS ethnicity, "
            + SameChild.key("c") + " AS child_key";

    private final JdbcClient jdbc;
    private final SameChild sameChild;

    ContactFigures(JdbcClient jdbc, SameChild sameChild) {
        this.jdbc = jdbc;
        this.sameChild = sameChild;
    }

    /** The one-working-day clock: decided, decided by the deadline, open, and open past it at {@code now}. */
    public record Timeliness(long decided, long decidedInTime, long open, long openOverdue) {
    }

    /** A partner organisation's contacts; the median is of hours from receipt to decision, empty with none decided. */
    /** @param asked decided contacts whose request the outcome can meet or not; answered, those it met */
    public record Partner(String organisationName, long contacts, long decided, long nfa, OptionalDouble medianHours,
            long asked, long answered) {
    }

    /**
     * Referrers' challenges to decisions still waiting for an answer, as they stand now: how many, how many past the
     * date they should have been answered by, and when the oldest arrived (null with none open).
     */
    public record OpenChallenges(long open, long overdue, Instant oldestReceivedAt) {
    }

    public OpenChallenges openChallenges(Instant now) {
        return jdbc.sql("SELECT count(*) AS open, count(*) FILTER (WHERE answer_by < ?) AS overdue, "
                        + "min(received_at) AS oldest FROM duty_challenge WHERE answered_at IS NULL")
                .param(java.sql.Timestamp.from(now))
                .query((row, n) -> new OpenChallenges(row.getLong("open"), row.getLong("overdue"),
                        row.getTimestamp("oldest") == null ? null : row.getTimestamp("oldest").toInstant()))
                .single();
    }

    /**
     * The child a contact is about, as far as Annex A needs: {@link SameChild#key}, the age fields, and the gender
     * (Annex A's letter) and ethnicity (the DfE code) when the referrer gave them, else null.
     */
    public record Child(String key, String dateOfBirth, String approximateAge, String gender, String ethnicity) {
    }

    public record Contact(Instant receivedAt, String referralSource, Child child) {
    }

    public record Referral(Instant decidedAt, String referralSource, String assignedName, Child child,
            long referralsIn12Months) {
    }

    /** Requests for advice are consultations, not contacts about a child: they are counted apart. */
    public long adviceRequests(Instant start, Instant end) {
        return inPeriod("SELECT count(*) FROM duty_contact WHERE kind = 'advice' AND received_at >= :start "
                        + "AND received_at < :end", start, end)
                .query(Long.class).single();
    }

    /** Contacts per day (in {@code zone}) and CIN referral source code; days without contacts are missing. */
    public Map<LocalDate, Map<String, Long>> contactsByDayAndSource(Instant start, Instant end, ZoneId zone) {
        Map<LocalDate, Map<String, Long>> daily = new LinkedHashMap<>();
        inPeriod("SELECT (received_at AT TIME ZONE :zone)::date AS day, referral_source, count(*) AS contacts "
                        + "FROM duty_contact WHERE kind = 'concern' AND received_at >= :start AND received_at < :end "
                        + "GROUP BY 1, 2", start, end)
                .param("zone", zone.getId())
                .query(row -> {
                    daily.computeIfAbsent(row.getObject("day", LocalDate.class), day -> new LinkedHashMap<>())
                            .put(row.getString("referral_source"), row.getLong("contacts"));
                });
        return daily;
    }

    public Timeliness timeliness(Instant start, Instant end, Instant now) {
        return inPeriod("SELECT count(decided_at) AS decided, "
                        + "count(*) FILTER (WHERE decided_at <= decision_due_at) AS decided_in_time, "
                        + "count(*) FILTER (WHERE decided_at IS NULL) AS open, "
                        + "count(*) FILTER (WHERE decided_at IS NULL AND decision_due_at <= :now) AS open_overdue "
                        + "FROM duty_contact WHERE kind = 'concern' AND received_at >= :start AND received_at < :end",
                        start, end)
                .param("now", Timestamp.from(now))
                .query((row, n) -> new Timeliness(row.getLong("decided"), row.getLong("decided_in_time"),
                        row.getLong("open"), row.getLong("open_overdue")))
                .single();
    }

    /** What the decided contacts led to. */
    public Map<ContactOutcome, Long> outcomes(Instant start, Instant end) {
        Map<ContactOutcome, Long> counts = new EnumMap<>(ContactOutcome.class);
        inPeriod("SELECT outcome, count(*) AS contacts FROM duty_contact "
                        + "WHERE kind = 'concern' AND received_at >= :start AND received_at < :end "
                        + "AND decided_at IS NOT NULL "
                        + "GROUP BY outcome", start, end)
                .query(row -> {
                    counts.put(ContactOutcome.valueOf(row.getString("outcome")), row.getLong("contacts"));
                });
        return counts;
    }

    /** Each partner organisation's contacts, the most first. */
    public List<Partner> partners(Instant start, Instant end) {
        return inPeriod("SELECT organisation_name, count(*) AS contacts, count(decided_at) AS decided, "
                        + "count(*) FILTER (WHERE decided_at IS NOT NULL AND outcome = 'NFA') AS nfa, "
                        + "count(answers_request) AS asked, count(*) FILTER (WHERE answers_request) AS answered, "
                        + "percentile_cont(0.5) WITHIN GROUP (ORDER BY "
                        + "extract(epoch FROM decided_at - received_at)::double precision) / 3600 AS median_hours "
                        + "FROM duty_contact WHERE kind = 'concern' AND received_at >= :start AND received_at < :end "
                        + "GROUP BY organisation_name ORDER BY count(*) DESC, organisation_name", start, end)
                .query((row, n) -> {
                    double median = row.getDouble("median_hours");
                    return new Partner(row.getString("organisation_name"), row.getLong("contacts"),
                            row.getLong("decided"), row.getLong("nfa"),
                            row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(median),
                            row.getLong("asked"), row.getLong("answered"));
                })
                .list();
    }

    /** Contacts about a child with an earlier contact in the 12 months before, looked for from {@code lookBack}. */
    public long recontacts(Instant lookBack, Instant start, Instant end) {
        return sameChild.recontacts(lookBack, start, end);
    }

    /** Every contact received, oldest first (Annex A list 1). */
    public List<Contact> contacts(Instant start, Instant end) {
        return inPeriod("SELECT c.received_at, c.referral_source, " + CHILD_FIELDS + " FROM duty_contact c "
                        + "WHERE c.kind = 'concern' AND c.received_at >= :start AND c.received_at < :end "
                        + "ORDER BY c.received_at, c.reference", start, end)
                .query((row, n) -> new Contact(row.getTimestamp("received_at").toInstant(),
                        row.getString("referral_source"), child(row)))
                .list();
    }

    /**
     * Every referral decided (a contact whose outcome {@link ContactOutcome#becomesReferral() made it one}), oldest
     * first, with how many referrals the same child had in the 12 months up to and including it, counted from
     * {@code lookBack} (Annex A list 3).
     */
    public List<Referral> referrals(Instant lookBack, Instant start, Instant end) {
        List<String> referralOutcomes = Arrays.stream(ContactOutcome.values())
                .filter(ContactOutcome::becomesReferral).map(ContactOutcome::name).toList();
        return inPeriod("SELECT * FROM (SELECT c.decided_at, c.referral_source, c.assigned_name, c.reference, "
                        + CHILD_FIELDS + ", count(*) OVER (PARTITION BY " + SameChild.key("c")
                        + " ORDER BY c.decided_at "
                        + "RANGE BETWEEN INTERVAL '12 months' PRECEDING AND CURRENT ROW) AS referrals_in_12_months "
                        + "FROM duty_contact c WHERE c.kind = 'concern' AND c.outcome IN (:referralOutcomes) "
                        + "AND c.decided_at >= :lookBack AND c.decided_at < :end) referral "
                        + "WHERE decided_at >= :start ORDER BY decided_at, reference", start, end)
                .param("referralOutcomes", referralOutcomes)
                .param("lookBack", Timestamp.from(lookBack))
                .query((row, n) -> new Referral(row.getTimestamp("decided_at").toInstant(),
                        row.getString("referral_source"), row.getString("assigned_name"), child(row),
                        row.getLong("referrals_in_12_months")))
                .list();
    }

    /** A query over the period {@code [start, end)}: every figure is about one. */
    private JdbcClient.StatementSpec inPeriod(String sql, Instant start, Instant end) {
        return jdbc.sql(sql).param("start", Timestamp.from(start)).param("end", Timestamp.from(end));
    }

    private static Child child(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Child(row.getString("child_key"), row.getString("date_of_birth"), row.getString("approximate_age"),
                row.getString("gender"), row.getString("ethnicity"));
    }
}
