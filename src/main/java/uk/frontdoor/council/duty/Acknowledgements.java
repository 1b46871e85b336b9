package uk.frontdoor.council.duty;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.AcknowledgementV1;
import uk.frontdoor.contract.DecisionV1;
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
    private final JdbcClient jdbc;

    Acknowledgements(Outbox outbox, JdbcClient jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    void send(String reference, String status, Instant occurredAt) {
        send(reference, status, occurredAt, reference);
    }

    /** @param about what is acknowledged, when there can be more than one of this status per contact */
    void send(String reference, String status, Instant occurredAt, String about) {
        String concernId = concernId(reference);
        String messageId = "ack-" + status + "-" + (about.equals(reference) && concernId != null ? concernId : about);
        outbox.send(Routes.ACKNOWLEDGEMENT_TO_PARTNER,
                new AcknowledgementV1(messageId, reference, concernId, status, occurredAt.toString()));
    }

    /** The decision in plain English ({@code decision.v1}): what it means and who to call, no child details. */
    void decision(String reference, UUID decisionId, ContactOutcome outcome, Instant decidedAt, String contactPoint,
            java.util.Optional<AnswerToRequest> answer) {
        // How the decision answers what the referrer asked for, when the outcome alone can say.
        outbox.send(Routes.DECISION_TO_PARTNER, new DecisionV1("decision-" + decisionId, reference,
                concernId(reference), outcome.code(), outcome.title(), outcome.becomesReferral(),
                outcome.whatHappensNext(), contactPoint, decidedAt.toString(),
                answer.map(given -> given.request().code()).orElse(null), answer.map(AnswerToRequest::met).orElse(null)));
    }

    void message(uk.frontdoor.messaging.ConversationMessage message) {
        outbox.send(Routes.MESSAGE_TO_PARTNER, message.contract());
    }

    /** The partner's concern id for the contact with this reference; null for one received before contracts had it. */
    String concernId(String reference) {
        return jdbc.sql("SELECT concern_id FROM duty_contact WHERE reference = ?").param(reference)
                .query(String.class).optional().orElse(null);
    }
}
