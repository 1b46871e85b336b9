package uk.frontdoor.duty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.security.CurrentUser;

/** The duty team's inbox: newest first, urgent marked. Opening a contact is audited and acknowledged. */
@Service
public class DutyInbox {

    private static final String COLUMNS =
            "id, reference, received_at, urgent, child_name, organisation_name, referral_source, first_opened_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditTrail audit;
    private final Acknowledgements acknowledgements;

    DutyInbox(JdbcClient jdbc, JsonMapper json, Clock clock, AuditTrail audit, Acknowledgements acknowledgements) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
        this.acknowledgements = acknowledgements;
    }

    @Transactional(readOnly = true)
    public List<DutyContact> newestFirst(CurrentUser user) {
        requireDuty(user);
        return jdbc.sql("SELECT " + COLUMNS + " FROM duty_contact ORDER BY received_at DESC LIMIT 500")
                .query(DutyInbox::contact).list();
    }

    /**
     * Shows a contact to a duty worker. The first opening tells the referrer someone is looking at it.
     */
    @Transactional
    public Optional<DutyContactDetails> open(CurrentUser user, UUID id) {
        requireDuty(user);
        Optional<DutyContactDetails> details = jdbc.sql("SELECT " + COLUMNS + ", contact::text AS sent FROM duty_contact WHERE id = ? FOR UPDATE")
                .param(id)
                .query((row, n) -> new DutyContactDetails(contact(row, n), json.readTree(row.getString("sent"))))
                .optional();
        details.ifPresent(found -> {
            audit.record(user, AuditAction.CONTACT_VIEWED, found.contact().reference());
            if (found.contact().firstOpenedAt() == null) {
                Instant now = clock.instant();
                jdbc.sql("UPDATE duty_contact SET first_opened_at = ?, first_opened_by = ? WHERE id = ?")
                        .params(Timestamp.from(now), user.subject(), id).update();
                acknowledgements.send(found.contact().reference(), "being-looked-at", now);
            }
        });
        return details;
    }

    private static DutyContact contact(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        Timestamp opened = row.getTimestamp("first_opened_at");
        return new DutyContact(row.getObject("id", UUID.class), row.getString("reference"),
                row.getTimestamp("received_at").toInstant(), row.getBoolean("urgent"), row.getString("child_name"),
                row.getString("organisation_name"), row.getString("referral_source"),
                opened == null ? null : opened.toInstant());
    }

    private static void requireDuty(CurrentUser user) {
        if (!user.worksOnDuty()) {
            throw new AccessDeniedException("Only the duty team sees the duty inbox");
        }
    }
}
