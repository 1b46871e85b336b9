package uk.frontdoor.council.duty;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.partner.concern.ChadContactDetails;
import uk.frontdoor.partner.concern.Factor;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * Deciding a contact within one working day. No further action and advice-only outcomes need a duty
 * manager's sign-off before they are final, and nobody signs off their own decision. A final decision goes
 * back to the referrer through the routes ({@code decision.v1}).
 */
@Service
public class DutyDecisions {

    public static final String OUTCOME = "outcome";
    public static final String FACTORS = "factors";
    public static final String LEVEL = "level-of-need";
    public static final String RATIONALE = "rationale";
    public static final String COMMENT = "comment";
    public static final String ADVICE = "advice-given";
    static final int RATIONALE_MAX = 5000;

    private static final String COLUMNS = "d.id, d.contact_id, c.reference, d.outcome, d.factors, d.level_of_need, "
            + "d.rationale, d.decided_by, d.decided_by_name, d.decided_at, d.status, d.reviewed_by, d.reviewed_at, d.review_comment";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DutyRecord record;
    private final Acknowledgements acknowledgements;
    private final AuditTrail audit;
    private final LiveUpdatePublisher liveUpdates;
    private final ChadContactDetails chad;
    private final DutyMessages messages;

    private final CouncilAccess access;
    private final DutyInbox inbox;

    DutyDecisions(JdbcClient jdbc, Clock clock, DutyRecord record, Acknowledgements acknowledgements, AuditTrail audit,
            LiveUpdatePublisher liveUpdates, ChadContactDetails chad, DutyMessages messages, CouncilAccess access, DutyInbox inbox) {
        this.access = access;
        this.inbox = inbox;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.record = record;
        this.acknowledgements = acknowledgements;
        this.audit = audit;
        this.liveUpdates = liveUpdates;
        this.chad = chad;
    }

    /** @return the problems with the form; empty when the decision was recorded */
    @Transactional
    public List<FieldError> decide(CurrentUser user, UUID contactId, DecisionForm form) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        List<FieldError> errors = check(form);
        if (!errors.isEmpty()) {
            return errors;
        }
        String reference = openContact(contactId);
        if (latest(contactId).filter(decision -> decision.status() == DutyDecision.Status.AWAITING_SIGN_OFF).isPresent()) {
            return List.of(new FieldError(OUTCOME, "A decision on this contact is already waiting for sign-off"));
        }
        inbox.claimIfNobodyHolds(user, contactId);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        DutyDecision.Status status = form.outcome().needsSignOff()
                ? DutyDecision.Status.AWAITING_SIGN_OFF : DutyDecision.Status.FINAL;
        jdbc.sql("INSERT INTO duty_decision (id, contact_id, outcome, factors, level_of_need, rationale, decided_by, "
                        + "decided_by_name, decided_at, status) VALUES (?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?)")
                .params(id, contactId, form.outcome().name(), "{" + String.join(",", form.factors()) + "}",
                        form.levelOfNeed(), form.rationale().strip(), user.subject(), user.name(), Timestamp.from(now),
                        status.name())
                .update();
        audit.record(user, AuditAction.DECISION_RECORDED, reference);
        if (status == DutyDecision.Status.FINAL) {
            record.add(contactId, user, "Decided: " + form.outcome().title());
            close(contactId, reference, id, form.outcome(), now);
        } else {
            record.add(contactId, user, "Proposed " + form.outcome().title() + ": waiting for a duty manager's sign-off");
        }
        liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
        return List.of();
    }

    /**
     * Answers a request for advice: the advice goes to the referrer as a message, and the contact closes as
     * information and advice. A consultation is not a social care decision, so no sign-off.
     */
    @Transactional
    public List<FieldError> giveAdvice(CurrentUser user, UUID contactId, String advice) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        String problem = uk.frontdoor.messaging.ConversationMessage.problemWith(advice);
        if (problem != null) {
            return List.of(new FieldError(ADVICE,
                    problem.replace("Write your message", "Write the advice you gave").replace("Your message", "The advice")));
        }
        String reference = openContact(contactId);
        inbox.claimIfNobodyHolds(user, contactId);
        Instant now = clock.instant();
        messages.reply(user, contactId, advice);
        record.add(contactId, user, "Gave advice");
        audit.record(user, AuditAction.DECISION_RECORDED, reference);
        close(contactId, reference, UUID.randomUUID(), ContactOutcome.ADVICE, now);
        liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
        return List.of();
    }

    /** A duty manager agrees (the decision becomes final) or returns it with a comment. */
    @Transactional
    public List<FieldError> review(CurrentUser manager, UUID decisionId, boolean agree, String comment) {
        access.require(manager, Role.DUTY_MANAGER);
        DutyDecision decision = find(decisionId).orElseThrow(() -> new IllegalArgumentException("No such decision"));
        if (decision.decidedBy().equals(manager.subject())) {
            throw new AccessDeniedException("Nobody signs off their own decision");
        }
        if (decision.status() != DutyDecision.Status.AWAITING_SIGN_OFF) {
            return List.of(new FieldError(COMMENT, "This decision is not waiting for sign-off"));
        }
        String why = comment == null ? "" : comment.strip();
        if (!agree && why.isEmpty()) {
            return List.of(new FieldError(COMMENT, "Say why you are returning the decision"));
        }
        var problem = PlainText.problem(why, RATIONALE_MAX, true, "Your comment");
        if (problem.isPresent()) {
            return List.of(new FieldError(COMMENT, problem.get()));
        }
        Instant now = clock.instant();
        DutyDecision.Status status = agree ? DutyDecision.Status.SIGNED_OFF : DutyDecision.Status.RETURNED;
        jdbc.sql("UPDATE duty_decision SET status = ?, reviewed_by = ?, reviewed_at = ?, review_comment = ? WHERE id = ?")
                .params(status.name(), manager.subject(), Timestamp.from(now), why.isEmpty() ? null : why, decisionId)
                .update();
        audit.record(manager, agree ? AuditAction.DECISION_SIGNED_OFF : AuditAction.DECISION_RETURNED, decision.reference());
        if (agree) {
            record.add(decision.contactId(), manager, "Signed off " + decision.outcome().title()
                    + (why.isEmpty() ? "" : ": " + why));
            close(decision.contactId(), decision.reference(), decisionId, decision.outcome(), now);
        } else {
            record.add(decision.contactId(), manager, "Returned " + decision.outcome().title() + ": " + why);
        }
        liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
        return List.of();
    }

    /** The sign-off queue; its rationales describe each child, so the load is audited as shown. */
    @Transactional
    public List<DutyDecision> awaitingSignOff(CurrentUser manager) {
        access.require(manager, Role.DUTY_MANAGER);
        List<DutyDecision> shown = jdbc.sql("SELECT " + COLUMNS + " FROM duty_decision d JOIN duty_contact c ON c.id = d.contact_id "
                        + "WHERE d.status = 'AWAITING_SIGN_OFF' ORDER BY d.decided_at")
                .query(DutyDecisions::decision).list();
        audit.recordShown(manager, AuditAction.SIGN_OFF_QUEUE_VIEWED, "decisions awaiting sign-off",
                shown.stream().map(DutyDecision::reference).toList());
        return shown;
    }

    @Transactional(readOnly = true)
    public List<DutyDecision> decisionsOn(CurrentUser user, UUID contactId) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        return jdbc.sql("SELECT " + COLUMNS + " FROM duty_decision d JOIN duty_contact c ON c.id = d.contact_id "
                        + "WHERE d.contact_id = ? ORDER BY d.decided_at DESC")
                .param(contactId).query(DutyDecisions::decision).list();
    }

    private Optional<DutyDecision> latest(UUID contactId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM duty_decision d JOIN duty_contact c ON c.id = d.contact_id "
                        + "WHERE d.contact_id = ? ORDER BY d.decided_at DESC LIMIT 1")
                .param(contactId).query(DutyDecisions::decision).optional();
    }

    private Optional<DutyDecision> find(UUID decisionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM duty_decision d JOIN duty_contact c ON c.id = d.contact_id "
                        + "WHERE d.id = ? FOR UPDATE OF d")
                .param(decisionId).query(DutyDecisions::decision).optional();
    }

    private String openContact(UUID contactId) {
        return jdbc.sql("SELECT reference FROM duty_contact WHERE id = ? AND decided_at IS NULL FOR UPDATE")
                .param(contactId).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("This contact has been decided already"));
    }

    /** The contact is decided, and the referrer hears what it means for them. */
    private void close(UUID contactId, String reference, UUID decisionId, ContactOutcome outcome, Instant at) {
        Optional<AnswerToRequest> answer = AnswerToRequest.of(jdbc, contactId, outcome);
        jdbc.sql("UPDATE duty_contact SET outcome = ?, decided_at = ?, answers_request = ? WHERE id = ?")
                .params(outcome.name(), Timestamp.from(at), answer.map(AnswerToRequest::met).orElse(null), contactId)
                .update();
        acknowledgements.decision(reference, decisionId, outcome, at,
                chad.serviceName() + " on " + chad.phone() + " (" + chad.officeHours() + ")", answer);
    }

    static List<FieldError> check(DecisionForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.outcome() == null) {
            errors.add(new FieldError(OUTCOME, "Select the outcome"));
        }
        if (form.factors() == null || form.factors().isEmpty()) {
            errors.add(new FieldError(FACTORS, "Select the factors identified, or 'No factors identified'"));
        } else if (form.factors().stream().anyMatch(code -> !code.equals("21") && Factor.ofCode(code).isEmpty())) {
            errors.add(new FieldError(FACTORS, "Select factors from the Children in Need census list"));
        }
        if (form.levelOfNeed() == null || form.levelOfNeed() < 1 || form.levelOfNeed() > 4) {
            errors.add(new FieldError(LEVEL, "Select the level of need"));
        }
        PlainText.require(errors, RATIONALE, form.rationale(), RATIONALE_MAX, true,
                "Explain the decision: the rationale cannot be left empty", "The rationale");
        return errors;
    }

    private static DutyDecision decision(ResultSet row, int n) throws SQLException {
        Array factors = row.getArray("factors");
        Timestamp reviewed = row.getTimestamp("reviewed_at");
        return new DutyDecision(row.getObject("id", UUID.class), row.getObject("contact_id", UUID.class),
                row.getString("reference"), ContactOutcome.valueOf(row.getString("outcome")),
                Arrays.asList((String[]) factors.getArray()), row.getInt("level_of_need"), row.getString("rationale"),
                row.getString("decided_by"), row.getString("decided_by_name"), row.getTimestamp("decided_at").toInstant(),
                DutyDecision.Status.valueOf(row.getString("status")), row.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant(), row.getString("review_comment"));
    }
}
