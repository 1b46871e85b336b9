package uk.frontdoor.partner.concern;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.ConversationMessage;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;

/**
 * Called by the acknowledgement-intake route with each {@code acknowledgement.v1} message: puts it on the
 * concern's timeline once, and tells the referrer's open screens.
 */
@Component("acknowledgementIntake")
class AcknowledgementIntake {

    private final ConcernService concerns;
    private final JsonMapper json;
    private final LiveUpdatePublisher liveUpdates;
    private final ReferrerNotifications notifications;

    AcknowledgementIntake(ConcernService concerns, JsonMapper json, LiveUpdatePublisher liveUpdates,
            ReferrerNotifications notifications) {
        this.notifications = notifications;
        this.concerns = concerns;
        this.json = json;
        this.liveUpdates = liveUpdates;
    }

    /** @return true the first time it lands */
    @Transactional
    public boolean receive(String message) {
        JsonNode acknowledgement = json.readTree(message);
        return land(acknowledgement, TimelineStatus.ofCode(acknowledgement.get("status").asString()),
                acknowledgement.get("occurredAt").asString(), null);
    }

    /** A {@code decision.v1}: the outcome, whether it became a referral, what happens next and who to call. */
    /** @return true the first time it lands */
    @Transactional
    public boolean receiveDecision(String message) {
        JsonNode decision = json.readTree(message);
        // The facts, not finished words: each reader's timeline says them to that reader.
        String detail = json.writeValueAsString(DecisionNews.of(decision));
        if (land(decision, TimelineStatus.DECISION, decision.get("decidedAt").asString(), detail)) {
            notifications.newsLanded(decision.get("reference").asString(), decision.get("messageId").asString());
            return true;
        }
        return false;
    }

    /** A {@code message.v1} from ChAD: into the conversation, onto the timeline, and an email if asked for. */
    @Transactional
    public void receiveMessage(String message) {
        ConversationMessage received = ConversationMessage.of(json.readTree(message));
        if (concerns.receiveMessage(received)) {
            liveUpdates.publishAfterCommit(received.reference());
            notifications.newsLanded(received.reference(), received.messageId());
        }
    }

    /** @return true the first time this message lands */
    private boolean land(JsonNode message, TimelineStatus status, String occurredAt, String detail) {
        String reference = message.get("reference").asString();
        boolean landed = concerns.acknowledge(reference, ConversationMessage.concernIdOf(message), status,
                Instant.parse(occurredAt),
                message.get("messageId").asString(), detail);
        if (landed) {
            liveUpdates.publishAfterCommit(reference);
        }
        return landed;
    }
}
