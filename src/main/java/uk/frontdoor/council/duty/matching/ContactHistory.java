package uk.frontdoor.council.duty.matching;

import uk.frontdoor.council.duty.ChildParticulars;
import uk.frontdoor.council.duty.ContactOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;

/**
 * The whole picture before deciding: the earlier contacts about the same child, from any partner, in the 12
 * months before a contact was received. Candidates are narrowed in SQL (same NHS number, pupil number, date
 * of birth or postcode, or linked by a duty worker), then {@link ChildMatcher} decides. A duty worker
 * confirms or rejects each pair; a rejected pair is never shown again.
 */
@Service
public class ContactHistory {

    /** One way a contact can be a candidate: the same value in one of the indexed identifier columns. */
    private static final String SAME = """
            SELECT c.id FROM duty_contact c JOIN this t ON c.%1$s = t.%1$s
                AND c.received_at < t.received_at AND c.received_at >= t.received_at - INTERVAL '12 months'""";

    private static final String EARLIER = """
            WITH this AS (
                SELECT id, received_at, child_nhs_number, child_pupil_number, child_date_of_birth, child_postcode
                FROM duty_contact WHERE id = ?),
            candidate AS (
                %s
                UNION
                SELECT CASE WHEN d.first_contact_id = t.id THEN d.second_contact_id ELSE d.first_contact_id END
                FROM duty_contact_match_decision d JOIN this t ON t.id IN (d.first_contact_id, d.second_contact_id)
                WHERE d.decision = 'CONFIRMED')
            SELECT c.id, c.reference, c.received_at, c.child_name, c.organisation_name, c.referral_source,
                   c.contact -> 'child' ->> 'firstName' AS first_name, c.contact -> 'child' ->> 'lastName' AS last_name,
                   c.child_date_of_birth, c.child_postcode, c.child_nhs_number, c.child_pupil_number,
                   c.outcome, d.decision
            FROM candidate JOIN duty_contact c ON c.id = candidate.id CROSS JOIN this t
            LEFT JOIN duty_contact_match_decision d
                ON d.first_contact_id = LEAST(t.id, c.id) AND d.second_contact_id = GREATEST(t.id, c.id)
            WHERE c.id <> t.id AND c.received_at < t.received_at
              AND c.received_at >= t.received_at - INTERVAL '12 months'
              AND d.decision IS DISTINCT FROM 'REJECTED'
            ORDER BY c.received_at DESC""".formatted(
            Stream.of("child_nhs_number", "child_pupil_number", "child_date_of_birth", "child_postcode")
                    .map(SAME::formatted).collect(Collectors.joining("\n    UNION\n    ")));

    private static final String PARTICULARS = "contact -> 'child' ->> 'firstName' AS first_name, "
            + "contact -> 'child' ->> 'lastName' AS last_name, child_date_of_birth, child_postcode, "
            + "child_nhs_number, child_pupil_number";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final ChildMatcher matcher = ChildMatcher.withShippedNicknames();

    private final CouncilAccess access;

    ContactHistory(JdbcClient jdbc, Clock clock, AuditTrail audit, CouncilAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Earlier contacts about this contact's child in the 12 months before it was received, newest first:
     * matches and likely matches, and any a duty worker linked, but never a pair a duty worker rejected.
     * Empty for a contact that does not exist. Seeing them is audited against the contact's reference, with the
     * reference of each earlier contact shown.
     */
    @Transactional
    public EarlierContacts earlierContacts(CurrentUser user, UUID contactId) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        Optional<Opened> opened = jdbc.sql("SELECT reference, " + PARTICULARS + " FROM duty_contact WHERE id = ?")
                .param(contactId)
                .query((row, n) -> new Opened(row.getString("reference"), particulars(row)))
                .optional();
        if (opened.isEmpty()) {
            return EarlierContacts.none(contactId);
        }
        List<EarlierContact> found = jdbc.sql(EARLIER).param(contactId)
                .query((row, n) -> earlier(row, matcher.compare(opened.get().child(), particulars(row))))
                .list().stream()
                .filter(earlier -> earlier.verdict() != MatchVerdict.NO_MATCH || earlier.confirmed())
                .toList();
        // Each earlier contact shows its child's details too: all of them are named, not only the opened one.
        audit.recordShown(user, AuditAction.EARLIER_CONTACTS_VIEWED, opened.get().reference(),
                found.stream().map(EarlierContact::reference).toList());
        return new EarlierContacts(contactId, found);
    }

    /** A duty worker says the two contacts are about the same child: shown as confirmed from now on. */
    @Transactional
    public void confirm(CurrentUser user, UUID contactId, UUID otherId) {
        decide(user, contactId, otherId, MatchDecision.CONFIRMED, AuditAction.CONTACT_MATCH_CONFIRMED);
    }

    /** A duty worker says the two contacts are about different children: never shown as a match again. */
    @Transactional
    public void reject(CurrentUser user, UUID contactId, UUID otherId) {
        decide(user, contactId, otherId, MatchDecision.REJECTED, AuditAction.CONTACT_MATCH_REJECTED);
    }

    private void decide(CurrentUser user, UUID contactId, UUID otherId, MatchDecision decision, AuditAction action) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        if (contactId.equals(otherId)) {
            throw new IllegalArgumentException("A contact is not matched with itself");
        }
        Map<UUID, String> references = jdbc.sql("SELECT id, reference FROM duty_contact WHERE id IN (?, ?)")
                .params(contactId, otherId)
                .query((row, n) -> Map.entry(row.getObject("id", UUID.class), row.getString("reference")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (references.size() != 2) {
            throw new IllegalArgumentException("No such contact");
        }
        jdbc.sql("""
                INSERT INTO duty_contact_match_decision (first_contact_id, second_contact_id, decision, decided_by, decided_at)
                VALUES (LEAST(?::uuid, ?::uuid), GREATEST(?::uuid, ?::uuid), ?, ?, ?)
                ON CONFLICT (first_contact_id, second_contact_id) DO UPDATE
                SET decision = EXCLUDED.decision, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at""")
                .params(contactId, otherId, contactId, otherId, decision.name(), user.subject(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(user, action, references.get(contactId) + " " + references.get(otherId));
    }

    private static EarlierContact earlier(ResultSet row, ChildMatch match) throws SQLException {
        return new EarlierContact(row.getObject("id", UUID.class), row.getString("reference"),
                row.getTimestamp("received_at").toInstant(), row.getString("child_name"),
                row.getString("organisation_name"), row.getString("referral_source"), match.verdict(),
                match.found() ? match.reason() : "Linked by a duty worker",
                MatchDecision.CONFIRMED.name().equals(row.getString("decision")),
                Optional.ofNullable(row.getString("outcome")).map(outcome -> ContactOutcome.valueOf(outcome).title()));
    }

    private static ChildParticulars particulars(ResultSet row) throws SQLException {
        return new ChildParticulars(row.getString("first_name"), row.getString("last_name"),
                row.getObject("child_date_of_birth", LocalDate.class), row.getString("child_postcode"),
                row.getString("child_nhs_number"), row.getString("child_pupil_number"));
    }

    /** The contact being opened: its reference for the audit, its child for the matcher. */
    private record Opened(String reference, ChildParticulars child) {
    }
}
