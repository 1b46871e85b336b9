package uk.frontdoor.partner.concern;

import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.contract.ChallengeAnswerV1;
import uk.frontdoor.contract.AcknowledgementV1;
import uk.frontdoor.contract.DecisionV1;
import uk.frontdoor.contract.MessageV1;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.messaging.ConversationMessage;
import uk.frontdoor.messaging.IdempotentIntake;

/**
 * Called by the acknowledgement-intake route (and {@link ContactUpdates}) with each {@code acknowledgement.v1},
 * {@code decision.v1}, {@code message.v1} and {@code challenge-answer.v1}: puts it on the concern's timeline once, and tells the referrer's open
 * screens.
 */
@Component("acknowledgementIntake")
class AcknowledgementIntake {

    static final String CONSUMER = "acknowledgement-intake";

    private final ConcernService concerns;
    private final JsonMapper json;
    private final IdempotentIntake intake;
    private final LiveUpdatePublisher liveUpdates;
    private final ReferrerNotifications notifications;

    AcknowledgementIntake(ConcernService concerns, JsonMapper json, IdempotentIntake intake,
            LiveUpdatePublisher liveUpdates, ReferrerNotifications notifications) {
        this.concerns = concerns;
        this.json = json;
        this.intake = intake;
        this.liveUpdates = liveUpdates;
        this.notifications = notifications;
    }

    /** @return true the first time it lands */
    public boolean receive(String message) {
        return intake.landed(CONSUMER, message, AcknowledgementV1.class, acknowledgement -> land(
                acknowledgement.reference(), acknowledgement.concernId(), acknowledgement.messageId(),
                TimelineStatus.ofCode(acknowledgement.status()), acknowledgement.occurredAt(), null));
    }

    /** A {@code decision.v1}: the outcome, whether it became a referral, what happens next and who to call. */
    /** @return true the first time it lands */
    public boolean receiveDecision(String message) {
        return intake.landed(CONSUMER, message, DecisionV1.class, decision -> {
            // The facts, not finished words: each reader's timeline says them to that reader.
            String detail = json.writeValueAsString(DecisionNews.of(decision));
            if (land(decision.reference(), decision.concernId(), decision.messageId(), TimelineStatus.DECISION,
                    decision.decidedAt(), detail)) {
                notifications.newsLanded(decision.reference(), decision.messageId());
                return true;
            }
            return false;
        });
    }

    /** A {@code message.v1} from ChAD: into the conversation, onto the timeline, and an email if asked for. */
    public void receiveMessage(String message) {
        intake.landed(CONSUMER, message, MessageV1.class, sent -> {
            ConversationMessage received = ConversationMessage.of(sent);
            if (concerns.receiveMessage(received)) {
                liveUpdates.publishAfterCommit(received.reference());
                notifications.newsLanded(received.reference(), received.messageId());
                return true;
            }
            return false;
        });
    }

    /** A {@code challenge-answer.v1}: a duty manager's answer to the referrer's challenge, said plainly. */
    public boolean receiveChallengeAnswer(String message) {
        return intake.landed(CONSUMER, message, ChallengeAnswerV1.class, answer -> {
            String detail = (ChallengeAnswerV1.RECONSIDERED.equals(answer.answer())
                    ? "ChAD will reconsider its decision and tell you the new one. "
                    : "The decision stands. ") + answer.reasons();
            if (land(answer.reference(), answer.concernId(), answer.messageId(), TimelineStatus.CHALLENGE_ANSWERED,
                    answer.answeredAt(), detail)) {
                notifications.newsLanded(answer.reference(), answer.messageId());
                return true;
            }
            return false;
        });
    }

    /** @return true the first time this message lands */
    private boolean land(String reference, String concernId, String messageId, TimelineStatus status,
            String occurredAt, String detail) {
        boolean landed = concerns.acknowledge(reference, concernId, status, Instant.parse(occurredAt), messageId,
                detail);
        if (landed) {
            liveUpdates.publishAfterCommit(reference);
        }
        return landed;
    }
}
