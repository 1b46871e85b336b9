package uk.frontdoor.council.leavingcare;

import uk.frontdoor.partner.employer.EmployerService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.OutgoingMessage;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;

/**
 * Council side: sends {@code employer-acknowledgement.v1} back to the employer through the outbox. The message
 * id is derived from the registration and the status, so the same answer sent twice still lands once.
 */
@Component
class EmployerAcknowledgements {


    private final Outbox outbox;
    private final JsonMapper json;

    EmployerAcknowledgements(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    void send(String organisationId, int version, String status, String reason, Instant occurredAt) {
        String messageId = "employer-ack-" + status + "-" + EmployerService.key(organisationId, version);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("contract", "employer-acknowledgement.v1");
        message.put("messageId", messageId);
        message.put("organisationId", organisationId);
        message.put("version", version);
        message.put("status", status);
        if (reason != null) {
            message.put("reason", reason);
        }
        message.put("occurredAt", occurredAt.toString());
        outbox.send(new OutgoingMessage(Routes.EMPLOYER_ACKNOWLEDGEMENT_TO_PARTNER, messageId, json.writeValueAsString(message)));
    }
}
