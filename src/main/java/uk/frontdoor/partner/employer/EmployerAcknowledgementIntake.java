package uk.frontdoor.partner.employer;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.ProcessedMessages;

/**
 * Called by the employer-acknowledgement-intake route with each {@code employer-acknowledgement.v1}: puts the
 * council's answer on the employer's registration once (a redelivered message id changes nothing).
 */
@Component("employerAcknowledgementIntake")
class EmployerAcknowledgementIntake {

    private final EmployerService employers;
    private final ProcessedMessages processed;
    private final JsonMapper json;

    EmployerAcknowledgementIntake(EmployerService employers, ProcessedMessages processed, JsonMapper json) {
        this.employers = employers;
        this.processed = processed;
        this.json = json;
    }

    @Transactional
    public void receive(String message) {
        JsonNode acknowledgement = json.readTree(message);
        if (!processed.firstTime(EmployerService.CONSUMER, acknowledgement.get("messageId").asString())) {
            return;
        }
        employers.acknowledge(acknowledgement.get("organisationId").asString(), acknowledgement.get("version").asInt(),
                acknowledgement.get("status").asString(),
                acknowledgement.hasNonNull("reason") ? acknowledgement.get("reason").asString() : null,
                Instant.parse(acknowledgement.get("occurredAt").asString()));
    }
}
