package uk.frontdoor.council.duty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.calendar.WorkingDayClock;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.contract.ChallengeAnswerV1;
import uk.frontdoor.contract.ChallengeV1;
import uk.frontdoor.messaging.IdempotentIntake;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * Resolving professional differences: a referrer's challenge of a decision ({@code challenge.v1}, from the
 * challenge-intake route) is put before the duty managers with the date it must be answered by; a manager who did not
 * make or sign off the decision answers it ({@code challenge-answer.v1}): the decision stands, with reasons, or ChAD
 * reconsiders it, which opens the contact for a new decision.
 */
@Service("challenges")
public class Challenges {

    public static final String ANSWER = "challenge-answer";
    public static final String REASONS = "challenge-reasons";
    public static final String STANDS = ChallengeAnswerV1.STANDS;
    public static final String RECONSIDERED = ChallengeAnswerV1.RECONSIDERED;
    static final String CONSUMER = "challenge-intake";
    static final int REASONS_MAX = 2000;

    private final JdbcClient jdbc;
    private final IdempotentIntake intake;
    private final Clock clock;
    private final WorkingDayClock workingDays;
    private final int answerWithin;
    private final Acknowledgements acknowledgements;
    private final Outbox outbox;
    private final DutyRecord record;
    private final AuditTrail audit;
    private final CouncilAccess access;
    private final LiveUpdatePublisher liveUpdates;

    Challenges(JdbcClient jdbc, IdempotentIntake intake, Clock clock, WorkingDayClock workingDays,
            @Value("${frontdoor.challenges.answer-within-working-days}") int answerWithin,
            Acknowledgements acknowledgements, Outbox outbox, DutyRecord record, AuditTrail audit, CouncilAccess access,
            LiveUpdatePublisher liveUpdates) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.clock = clock;
        this.workingDays = workingDays;
        this.answerWithin = answerWithin;
        this.acknowledgements = acknowledgements;
        this.outbox = outbox;
        this.record = record;
        this.audit = audit;
        this.access = access;
        this.liveUpdates = liveUpdates;
    }

    /** An open challenge as the duty managers see it. */
    public record Challenge(UUID id, UUID contactId, String reference, String childName, String reason,
            String challengedBy, String organisationName, Instant receivedAt, Instant answerBy) {
    }

    /** Called by the challenge-intake route: once per message id, acknowledged to the referrer. */
    public void receive(String message) {
        intake.receive(CONSUMER, message, ChallengeV1.class, challenge -> {
            UUID contactId = jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(challenge.reference())
                    .query(UUID.class).optional()
                    .orElseThrow(() -> new IllegalArgumentException("No contact has the challenge's reference"));
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO duty_challenge (id, contact_id, message_id, reason, challenged_by, organisation_name, "
                            + "received_at, answer_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, contactId, challenge.messageId(), challenge.reason(),
                            challenge.challengedBy().name(), challenge.challengedBy().organisationName(),
                            Timestamp.from(now), Timestamp.from(workingDays.dueAfter(now, answerWithin)))
                    .update();
            record.add(contactId, "referrer", challenge.challengedBy().name(), "Challenged the decision");
            acknowledgements.send(challenge.reference(), "challenge-received", now, id.toString());
            liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
        });
    }

    /** Every open challenge, the oldest first, for a duty manager; the list is audited with what it showed. */
    @Transactional
    public List<Challenge> open(CurrentUser manager) {
        access.require(manager, Role.DUTY_MANAGER);
        List<Challenge> open = query("WHERE ch.answered_at IS NULL ORDER BY ch.received_at", Map.of());
        audit.recordShown(manager, AuditAction.CHALLENGES_LISTED, "open challenges",
                open.stream().map(Challenge::reference).toList());
        return open;
    }

    /** The contact's open challenge, for its page (whose opening is audited as a view of the contact). */
    public Optional<Challenge> openOn(CurrentUser user, UUID contactId) {
        access.require(user, uk.frontdoor.security.CouncilSide.DUTY_SERVICE);
        return query("WHERE ch.answered_at IS NULL AND ch.contact_id = :contact", Map.of("contact", contactId))
                .stream().findFirst();
    }

    /** Whether this manager may answer: not one who made or signed off a decision on the contact. */
    public boolean mayAnswer(CurrentUser manager, UUID contactId) {
        return manager.has(Role.DUTY_MANAGER) && jdbc.sql("SELECT count(*) FROM duty_decision WHERE contact_id = ? "
                        + "AND (decided_by = ? OR reviewed_by = ?)")
                .params(contactId, manager.subject(), manager.subject()).query(Long.class).single() == 0;
    }

    /** @return the problems with the answer; empty when it was recorded and is on its way to the referrer */
    @Transactional
    public List<FieldError> answer(CurrentUser manager, UUID challengeId, String answer, String reasons) {
        access.require(manager, Role.DUTY_MANAGER);
        List<FieldError> errors = new ArrayList<>();
        if (!STANDS.equals(answer) && !RECONSIDERED.equals(answer)) {
            errors.add(new FieldError(ANSWER, "Select whether the decision stands or ChAD will reconsider it"));
        }
        PlainText.require(errors, REASONS, reasons, REASONS_MAX, true, "Give the referrer your reasons", "Your reasons");
        if (!errors.isEmpty()) {
            return errors;
        }
        Challenge challenge = query("WHERE ch.id = :id AND ch.answered_at IS NULL", Map.of("id", challengeId))
                .stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This challenge has been answered already"));
        if (!mayAnswer(manager, challenge.contactId())) {
            throw new AccessDeniedException("Nobody answers a challenge to a decision they made or signed off");
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE duty_challenge SET answer = ?, answer_reasons = ?, answered_by_subject = ?, "
                        + "answered_by_name = ?, answered_at = ? WHERE id = ?")
                .params(answer, reasons.strip(), manager.subject(), manager.name(), Timestamp.from(now), challengeId)
                .update();
        if (RECONSIDERED.equals(answer)) {
            // Open again for a new decision; the one challenged stays in the contact's history.
            jdbc.sql("UPDATE duty_contact SET decided_at = NULL, outcome = NULL, answers_request = NULL WHERE id = ?")
                    .param(challenge.contactId()).update();
        }
        record.add(challenge.contactId(), manager, RECONSIDERED.equals(answer)
                ? "Answered the challenge: ChAD will reconsider the decision" : "Answered the challenge: the decision stands");
        audit.record(manager, AuditAction.CHALLENGE_ANSWERED, challenge.reference());
        send(challenge, answer, reasons.strip(), now);
        liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
        return List.of();
    }

    private void send(Challenge challenge, String answer, String reasons, Instant at) {
        outbox.send(Routes.CHALLENGE_ANSWER_TO_PARTNER, new ChallengeAnswerV1("challenge-answer-" + challenge.id(),
                challenge.reference(), acknowledgements.concernId(challenge.reference()), answer, reasons, at.toString()));
    }

    private List<Challenge> query(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT ch.*, c.reference, c.child_name FROM duty_challenge ch "
                        + "JOIN duty_contact c ON c.id = ch.contact_id " + where)
                .params(params)
                .query((row, n) -> new Challenge(row.getObject("id", UUID.class), row.getObject("contact_id", UUID.class),
                        row.getString("reference"), row.getString("child_name"), row.getString("reason"),
                        row.getString("challenged_by"), row.getString("organisation_name"),
                        row.getTimestamp("received_at").toInstant(), row.getTimestamp("answer_by").toInstant()))
                .list();
    }
}
