package uk.frontdoor.council.leavingcare;

import uk.frontdoor.partner.employer.OfferService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.OutgoingMessage;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;

/**
 * Council side: sends {@code offer-acknowledgement.v1} back to the employer through the outbox. The message id
 * is derived from the offer, its version and the status, so the same answer sent twice still lands once.
 */
@Component
class OfferAcknowledgements {


    private final Outbox outbox;
    private final JsonMapper json;

    OfferAcknowledgements(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    void send(UUID offerId, String organisationId, int version, String status, String comment, Instant occurredAt,
            String what) {
        String messageId = OfferService.messageId("offer-ack-", offerId, version, what);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("contract", "offer-acknowledgement.v1");
        message.put("messageId", messageId);
        message.put("offerId", offerId.toString());
        message.put("organisationId", organisationId);
        message.put("version", version);
        message.put("status", status);
        if (comment != null) {
            message.put("comment", comment);
        }
        message.put("occurredAt", occurredAt.toString());
        outbox.send(new OutgoingMessage(Routes.OFFER_ACKNOWLEDGEMENT_TO_PARTNER, messageId, json.writeValueAsString(message)));
    }
}
