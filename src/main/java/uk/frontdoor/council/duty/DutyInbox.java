package uk.frontdoor.council.duty;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.contract.AdviceRequestV1;
import uk.frontdoor.contract.ContactV1;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.calendar.DeadlineStatus;
import uk.frontdoor.calendar.WorkingDayClock;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.PlainText;

/**
 * The duty team's inbox: contacts with their one-working-day clock, triage, who holds them. Opening a
 * contact is audited and, the first time, tells the referrer someone is looking at it.
 */
@Service
public class DutyInbox {

    private static final String COLUMNS = "id, reference, received_at, urgent, child_name, organisation_name, "
            + "referral_source, first_opened_at, decision_due_at, priority, priority_reason, assigned_to, assigned_name, "
            + "outcome, decided_at, kind";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditTrail audit;
    private final Acknowledgements acknowledgements;
    private final WorkingDayClock workingDays;
    private final DutyRecord record;
    private final LiveUpdatePublisher liveUpdates;

    private final CouncilAccess access;

    DutyInbox(JdbcClient jdbc, JsonMapper json, Clock clock, AuditTrail audit, Acknowledgements acknowledgements,
            WorkingDayClock workingDays, DutyRecord record, LiveUpdatePublisher liveUpdates, CouncilAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
        this.acknowledgements = acknowledgements;
        this.workingDays = workingDays;
        this.record = record;
        this.liveUpdates = liveUpdates;
    }

    @Transactional
    public List<DutyContact> newestFirst(CurrentUser user) {
        return list(user, InboxFilter.OPEN, null);
    }

    /**
     * The inbox as a duty team filters it, newest first.
     *
     * @param source a CIN referral source code, or null for every source
     */
    @Transactional
    public List<DutyContact> list(CurrentUser user, InboxFilter filter, String source) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        seen(user);
        Instant now = clock.instant();
        String where = switch (filter) {
            case OPEN -> "decided_at IS NULL";
            case UNCLAIMED -> "decided_at IS NULL AND assigned_to IS NULL";
            case MINE -> "decided_at IS NULL AND assigned_to = :me";
            case DUE_TODAY -> "decided_at IS NULL AND decision_due_at >= :now AND decision_due_at < :tomorrow";
            case OVERDUE -> "decided_at IS NULL AND decision_due_at <= :now";
            case URGENT -> "decided_at IS NULL AND (urgent OR priority = 'RED')";
            case ADVICE -> "decided_at IS NULL AND kind = 'advice'";
            case DECIDED -> "decided_at IS NOT NULL";
        };
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        List<DutyContact> shown = jdbc.sql("SELECT " + COLUMNS + " FROM duty_contact WHERE " + where
                        + (source == null ? "" : " AND referral_source = :source")
                        + " ORDER BY received_at DESC LIMIT 500")
                .param("me", user.subject())
                .param("now", Timestamp.from(now))
                .param("tomorrow", Timestamp.from(today.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .param("source", source)
                .query(DutyInbox::contact).list();
        // Every row names a child: the load is audited with each reference it showed.
        audit.recordShown(user, AuditAction.DUTY_INBOX_VIEWED,
                "duty inbox: " + filter + (source == null ? "" : ", source " + source),
                shown.stream().map(DutyContact::reference).toList());
        return shown;
    }

    /** Where a contact stands against its one-working-day clock, now. */
    public DeadlineStatus deadline(DutyContact contact) {
        return workingDays.status(contact.decisionDueAt(), clock.instant());
    }

    /** The live-update topic of one contact: every step on its record is published under it. */
    public static String contactTopic(UUID id) {
        return "duty-contact-" + id;
    }

    /** What was sent, read into its contract's record: the contact's kind says which. */
    private DutyContactDetails details(DutyContact contact, String sent) {
        return contact.adviceRequest()
                ? new DutyContactDetails(contact, null, json.readValue(sent, AdviceRequestV1.class))
                : new DutyContactDetails(contact, json.readValue(sent, ContactV1.class), null);
    }

    /**
     * Shows a contact to a duty worker. The first opening tells the referrer someone is looking at it.
     */
    @Transactional
    public Optional<DutyContactDetails> open(CurrentUser user, UUID id) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        Optional<DutyContactDetails> details = jdbc.sql("SELECT " + COLUMNS + ", contact::text AS sent FROM duty_contact WHERE id = ? FOR UPDATE")
                .param(id)
                .query((row, n) -> details(contact(row, n), row.getString("sent")))
                .optional();
        details.ifPresent(found -> {
            audit.record(user, AuditAction.CONTACT_VIEWED, found.contact().reference());
            if (found.contact().firstOpenedAt() == null) {
                Instant now = clock.instant();
                jdbc.sql("UPDATE duty_contact SET first_opened_at = ?, first_opened_by = ? WHERE id = ?")
                        .params(Timestamp.from(now), user.subject(), id).update();
                record.add(id, user, "Opened");
                acknowledgements.send(found.contact().reference(), "being-looked-at", now);
            }
        });
        return details;
    }

    /** Takes a contact: it is theirs to decide. */
    @Transactional
    public void claim(CurrentUser user, UUID id) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        hold(id, user.subject(), user.name());
        record.add(id, user, "Claimed");
    }

    /**
     * Whoever decides a contact nobody holds takes it with the decision, so no decided contact shows "Nobody has
     * claimed this contact"; one a colleague holds stays theirs (the decision records who made it).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void claimIfNobodyHolds(CurrentUser user, UUID id) {
        if (jdbc.sql("UPDATE duty_contact SET assigned_to = ?, assigned_name = ? WHERE id = ? AND assigned_to IS NULL "
                + "AND decided_at IS NULL").params(user.subject(), user.name(), id).update() == 1) {
            record.add(id, user, "Claimed");
        }
    }

    /** Gives a contact to a colleague the portal knows. */
    @Transactional
    public void assign(CurrentUser user, UUID id, String colleague) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        DutyWorker worker = workers(user).stream().filter(each -> each.subject().equals(colleague)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Choose a colleague from the list"));
        hold(id, worker.subject(), worker.name());
        record.add(id, user, "Assigned to " + worker.name());
    }

    /** Red, amber or green, and why: the reason is recorded with the priority. */
    @Transactional
    public void triage(CurrentUser user, UUID id, Priority priority, String reason) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        if (priority == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Choose a priority and give the reason");
        }
        String why = reason.strip();
        PlainText.problem(why, 500, true, "The reason").ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        jdbc.sql("UPDATE duty_contact SET priority = ?, priority_reason = ? WHERE id = ?")
                .params(priority.name(), why, id).update();
        record.add(id, user, "Priority " + priority.label() + ": " + why);
        liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
    }

    @Transactional(readOnly = true)
    public List<DutyWorker> workers(CurrentUser user) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        return jdbc.sql("SELECT subject, name FROM duty_worker ORDER BY name").query(DutyWorker.class).list();
    }

    @Transactional(readOnly = true)
    public List<DutyEvent> history(CurrentUser user, UUID id) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        return record.of(id);
    }

    private void hold(UUID id, String subject, String name) {
        int updated = jdbc.sql("UPDATE duty_contact SET assigned_to = ?, assigned_name = ? WHERE id = ? AND decided_at IS NULL")
                .params(subject, name, id).update();
        if (updated == 0) {
            throw new IllegalArgumentException("This contact has been decided already");
        }
        liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
    }

    /** Duty workers are known to the portal once they have used it, so colleagues can assign to them. */
    private void seen(CurrentUser user) {
        jdbc.sql("INSERT INTO duty_worker (subject, name, last_seen) VALUES (?, ?, now()) "
                        + "ON CONFLICT (subject) DO UPDATE SET name = EXCLUDED.name, last_seen = now()")
                .params(user.subject(), user.name()).update();
    }

    static DutyContact contact(ResultSet row, int n) throws SQLException {
        String priority = row.getString("priority");
        String outcome = row.getString("outcome");
        return new DutyContact(row.getObject("id", UUID.class), row.getString("reference"),
                instant(row, "received_at"), row.getBoolean("urgent"), row.getString("child_name"),
                row.getString("organisation_name"), row.getString("referral_source"), instant(row, "first_opened_at"),
                instant(row, "decision_due_at"), priority == null ? null : Priority.valueOf(priority),
                row.getString("priority_reason"), row.getString("assigned_to"), row.getString("assigned_name"),
                outcome == null ? null : ContactOutcome.valueOf(outcome), instant(row, "decided_at"),
                "advice".equals(row.getString("kind")));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
