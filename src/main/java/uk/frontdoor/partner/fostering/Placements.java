package uk.frontdoor.partner.fostering;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.contract.CarerReportV1;
import uk.frontdoor.contract.PlacementAcknowledgementV1;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.PlainText;

/**
 * A foster carer's placements: only children currently placed with them, and for a few days after a
 * placement ends. Every view of a child's details is audited; reading an update is acknowledged back.
 */
@Service
public class Placements {

    public static final String REPORT_KIND = "report-kind";
    public static final String REPORT_TEXT = "report-text";
    private static final String VISIBLE = "carer_subject = ? AND (ended_on IS NULL OR ended_on >= ?)";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FosteringSettings settings;
    private final AuditTrail audit;
    private final Outbox outbox;

    private final CouncilAccess access;

    Placements(JdbcClient jdbc, Clock clock, FosteringSettings settings, AuditTrail audit,
            Outbox outbox, CouncilAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** This carer's placements; the list names each child, so it is audited as shown. */
    @Transactional
    public List<Placement> forCarer(CurrentUser carer) {
        access.require(carer, CouncilSide.FOSTERING_SERVICE);
        List<Placement> shown = jdbc.sql("SELECT * FROM placement WHERE " + VISIBLE + " ORDER BY started_on DESC")
                .params(carer.subject(), Date.valueOf(lastVisibleEnd()))
                .query(Placements::placement).list();
        audit.recordShown(carer, AuditAction.PLACEMENTS_LISTED, "my placements",
                shown.stream().map(Placement::reference).toList());
        return shown;
    }

    /** One placement, if it is this carer's and still visible. Every view is audited. */
    @Transactional
    public Optional<Placement> open(CurrentUser carer, String reference) {
        Optional<Placement> placement = find(carer, reference);
        placement.ifPresent(found -> audit.record(carer, AuditAction.PLACEMENT_VIEWED, reference));
        return placement;
    }

    /** The placement again, for an open page refreshed live (its opening was audited already). */
    @Transactional(readOnly = true)
    public Optional<Placement> current(CurrentUser carer, String reference) {
        return find(carer, reference);
    }

    @Transactional(readOnly = true)
    public List<PlacementUpdate> updates(CurrentUser carer, String reference) {
        Placement placement = find(carer, reference).orElseThrow(() -> new AccessDeniedException("No such placement"));
        return jdbc.sql("SELECT id, message_id, kind, title, text, sent_by, sent_at, read_at FROM placement_update "
                        + "WHERE placement_id = ? ORDER BY sent_at DESC")
                .param(placement.id())
                .query((row, n) -> new PlacementUpdate(row.getObject("id", UUID.class), row.getString("message_id"),
                        row.getString("kind"), row.getString("title"), row.getString("text"), row.getString("sent_by"),
                        row.getTimestamp("sent_at").toInstant(), instant(row.getTimestamp("read_at"))))
                .list();
    }

    /** The carer has read an update: recorded once, and "read" goes back to the council's systems. */
    @Transactional
    public void markRead(CurrentUser carer, String reference, UUID updateId) {
        find(carer, reference).orElseThrow(() -> new AccessDeniedException("No such placement"));
        Instant now = clock.instant();
        String update = jdbc.sql("UPDATE placement_update u SET read_at = ? FROM placement p "
                        + "WHERE u.id = ? AND u.placement_id = p.id AND p.reference = ? AND u.read_at IS NULL "
                        + "RETURNING u.message_id")
                .params(Timestamp.from(now), updateId, reference)
                .query(String.class).optional().orElse(null);
        if (update == null) {
            return;
        }
        outbox.send(Routes.PLACEMENT_ACKNOWLEDGEMENT_TO_COUNCIL,
                new PlacementAcknowledgementV1("read-" + updateId, reference, update, "read", now.toString()));
    }

    /** The carer tells the fostering team something; relayed with the change, acknowledged back. */
    @Transactional
    public List<uk.frontdoor.validation.FieldError> report(CurrentUser carer, String reference, ReportKind kind, String text) {
        Placement placement = find(carer, reference).orElseThrow(() -> new AccessDeniedException("No such placement"));
        List<uk.frontdoor.validation.FieldError> errors = new java.util.ArrayList<>();
        if (kind == null) {
            errors.add(new uk.frontdoor.validation.FieldError(REPORT_KIND, "Select what you are telling the fostering team about"));
        }
        PlainText.require(errors, REPORT_TEXT, text, 2000, true, "Tell the fostering team what happened", "What happened");
        if (!errors.isEmpty()) {
            return errors;
        }
        Instant now = clock.instant();
        String messageId = "report-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO carer_report (id, message_id, placement_id, kind, text, sent_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), messageId, placement.id(), kind.name(), text.strip(), Timestamp.from(now))
                .update();
        outbox.send(Routes.CARER_REPORT_TO_COUNCIL,
                new CarerReportV1(messageId, reference, kind.code(), text.strip(), carer.name(), now.toString()));
        return List.of();
    }

    @Transactional(readOnly = true)
    public List<CarerReport> reports(CurrentUser carer, String reference) {
        Placement placement = find(carer, reference).orElseThrow(() -> new AccessDeniedException("No such placement"));
        return jdbc.sql("SELECT message_id, kind, text, sent_at, received_at FROM carer_report WHERE placement_id = ? "
                        + "ORDER BY sent_at DESC")
                .param(placement.id())
                .query((row, n) -> new CarerReport(row.getString("message_id"), ReportKind.valueOf(row.getString("kind")),
                        row.getString("text"), row.getTimestamp("sent_at").toInstant(),
                        instant(row.getTimestamp("received_at"))))
                .list();
    }

    private Optional<Placement> find(CurrentUser carer, String reference) {
        access.require(carer, CouncilSide.FOSTERING_SERVICE);
        return jdbc.sql("SELECT * FROM placement WHERE reference = ? AND " + VISIBLE)
                .params(reference, carer.subject(), Date.valueOf(lastVisibleEnd()))
                .query(Placements::placement).optional();
    }

    /** What open screens of a placement listen to for new updates. */
    public static String liveTopic(String placementReference) {
        return "placement-" + placementReference;
    }

    /** A placement that ended before this day is no longer shown. */
    private LocalDate lastVisibleEnd() {
        return LocalDate.now(clock).minusDays(settings.accessDaysAfterEnd());
    }

    private static Placement placement(ResultSet row, int n) throws SQLException {
        return new Placement(row.getObject("id", UUID.class), row.getString("reference"),
                row.getString("child_first_name"), row.getDate("child_date_of_birth").toLocalDate(),
                PlacementType.valueOf(row.getString("placement_type")), row.getDate("started_on").toLocalDate(),
                date(row.getDate("ended_on")), row.getString("child_social_worker"),
                row.getString("child_social_worker_phone"), row.getString("supervising_social_worker"),
                row.getString("supervising_social_worker_phone"), row.getString("delegated_authority"),
                date(row.getDate("next_review_on")), date(row.getDate("next_visit_on")));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
