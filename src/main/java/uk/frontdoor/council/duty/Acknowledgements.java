package uk.frontdoor.council.duty;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.OutgoingMessage;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;

/**
 * Sends {@code acknowledgement.v1} back to the referrer through the outbox. Message ids are derived from
 * the contact's identity (the partner's concern id, or the reference for a contact received before contracts carried
 * it) and the status, so the same acknowledgement sent twice is still one on the timeline, and one for another
 * concern that once had the same reference is never taken for it. Every message carries the concern id back.
 */
@Component
class Acknowledgements {


    private final Outbox outbox;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    Acknowledgements(Outbox outbox, JsonMapper json, JdbcClient jdbc) {
        this.outbox = outbox;
        this.json = json;
        this.jdbc = jdbc;
    }

    void send(String reference, String status, Instant occurredAt) {
        send(reference, status, occurredAt, reference);
    }

    /** @param about what is acknowledged, when there can be more than one of this status per contact */
    void send(String reference, String status, Instant occurredAt, String about) {
        String concernId = concernId(reference);
        String messageId = "ack-" + status + "-" + (about.equals(reference) && concernId != null ? concernId : about);
        Map<String, Object> message = message("acknowledgement.v1", messageId, reference, concernId);
        message.put("status", status);
        message.put("occurredAt", occurredAt.toString());
        outbox.send(new OutgoingMessage(Routes.ACKNOWLEDGEMENT_TO_PARTNER, messageId, json.writeValueAsString(message)));
    }

    /** The decision in plain English ({@code decision.v1}): what it means and who to call, no child details. */
    void decision(String reference, UUID decisionId, ContactOutcome outcome, Instant decidedAt, String contactPoint,
            java.util.Optional<AnswerToRequest> answer) {
        String messageId = "decision-" + decisionId;
        Map<String, Object> message = message("decision.v1", messageId, reference, concernId(reference));
        message.put("outcome", outcome.code());
        message.put("outcomeText", outcome.title());
        message.put("becameReferral", outcome.becomesReferral());
        message.put("whatHappensNext", outcome.whatHappensNext());
        message.put("contactPoint", contactPoint);
        message.put("decidedAt", decidedAt.toString());
        // How the decision answers what the referrer asked for, when the outcome alone can say.
        answer.ifPresent(given -> {
            message.put("request", given.request().code());
            message.put("answersRequest", given.met());
        });
        outbox.send(new OutgoingMessage(Routes.DECISION_TO_PARTNER, messageId, json.writeValueAsString(message)));
    }

    void message(uk.frontdoor.messaging.ConversationMessage message) {
        outbox.send(new OutgoingMessage(Routes.MESSAGE_TO_PARTNER, message.messageId(), json.writeValueAsString(message.contract())));
    }

    /** The partner's concern id for the contact with this reference; null for one received before contracts had it. */
    String concernId(String reference) {
        return jdbc.sql("SELECT concern_id FROM duty_contact WHERE reference = ?").param(reference)
                .query(String.class).optional().orElse(null);
    }

    private static Map<String, Object> message(String contract, String messageId, String reference, String concernId) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("contract", contract);
        message.put("messageId", messageId);
        message.put("reference", reference);
        if (concernId != null) {
            message.put("concernId", concernId);
        }
        return message;
    }
}
