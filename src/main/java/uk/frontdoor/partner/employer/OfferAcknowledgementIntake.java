package uk.frontdoor.partner.employer;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.OfferAcknowledgementV1;
import uk.frontdoor.messaging.IdempotentIntake;

/**
 * Called by the offer-acknowledgement-intake route with each {@code offer-acknowledgement.v1}: puts the
 * council's answer on the employer's offer once (a redelivered message id changes nothing).
 */
@Component("offerAcknowledgementIntake")
class OfferAcknowledgementIntake {

    private final OfferService offers;
    private final IdempotentIntake intake;

    OfferAcknowledgementIntake(OfferService offers, IdempotentIntake intake) {
        this.offers = offers;
        this.intake = intake;
    }

    public void receive(String message) {
        intake.receive(OfferService.CONSUMER, message, OfferAcknowledgementV1.class, answer -> offers.acknowledge(
                UUID.fromString(answer.offerId()), answer.organisationId(), answer.version(), answer.status(),
                answer.comment(), Instant.parse(answer.occurredAt())));
    }
}
