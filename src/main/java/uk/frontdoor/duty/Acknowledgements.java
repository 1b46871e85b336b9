package uk.frontdoor.duty;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.OutgoingMessage;
import uk.frontdoor.messaging.Outbox;

/**
 * Sends {@code acknowledgement.v1} back to the referrer through the outbox. Message ids are derived from
 * the contact and the status, so the same acknowledgement sent twice is still one on the timeline.
 */
@Component
class Acknowledgements {

    static final String ROUTE = "acknowledgement-to-portal";

    private final Outbox outbox;
    private final JsonMapper json;

    Acknowledgements(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    void send(String reference, String status, Instant occurredAt) {
        String messageId = "ack-" + status + "-" + reference;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("contract", "acknowledgement.v1");
        message.put("messageId", messageId);
        message.put("reference", reference);
        message.put("status", status);
        message.put("occurredAt", occurredAt.toString());
        outbox.send(new OutgoingMessage(ROUTE, messageId, json.writeValueAsString(message)));
    }
}
