package uk.frontdoor.partner.employer;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.ProcessedMessages;

/**
 * Called by the offer-acknowledgement-intake route with each {@code offer-acknowledgement.v1}: puts the
 * council's answer on the employer's offer once (a redelivered message id changes nothing).
 */
@Component("offerAcknowledgementIntake")
class OfferAcknowledgementIntake {

    private final OfferService offers;
    private final ProcessedMessages processed;
    private final JsonMapper json;

    OfferAcknowledgementIntake(OfferService offers, ProcessedMessages processed, JsonMapper json) {
        this.offers = offers;
        this.processed = processed;
        this.json = json;
    }

    @Transactional
    public void receive(String message) {
        JsonNode acknowledgement = json.readTree(message);
        if (!processed.firstTime(OfferService.CONSUMER, acknowledgement.get("messageId").asString())) {
            return;
        }
        offers.acknowledge(UUID.fromString(acknowledgement.get("offerId").asString()),
                acknowledgement.get("organisationId").asString(), acknowledgement.get("version").asInt(),
                acknowledgement.get("status").asString(),
                acknowledgement.hasNonNull("comment") ? acknowledgement.get("comment").asString() : null,
                Instant.parse(acknowledgement.get("occurredAt").asString()));
    }
}
