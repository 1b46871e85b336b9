package uk.frontdoor.partner.employer;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.EmployerAcknowledgementV1;
import uk.frontdoor.contract.OfferAcknowledgementV1;
import uk.frontdoor.messaging.IdempotentIntake;

/**
 * Called by the employer-acknowledgement-intake and offer-acknowledgement-intake routes: puts the council's answer
 * ({@code employer-acknowledgement.v1}, {@code offer-acknowledgement.v1}) on the employer's registration or offer
 * once (a redelivered message id changes nothing).
 */
@Component("councilAnswers")
class CouncilAnswers {

    private final EmployerService employers;
    private final OfferService offers;
    private final IdempotentIntake intake;

    CouncilAnswers(EmployerService employers, OfferService offers, IdempotentIntake intake) {
        this.employers = employers;
        this.offers = offers;
        this.intake = intake;
    }

    public void aboutRegistration(String message) {
        intake.receive(EmployerService.CONSUMER, message, EmployerAcknowledgementV1.class, answer -> employers
                .acknowledge(answer.organisationId(), answer.version(), answer.status(), answer.reason(),
                        Instant.parse(answer.occurredAt())));
    }

    public void aboutOffer(String message) {
        intake.receive(OfferService.CONSUMER, message, OfferAcknowledgementV1.class, answer -> offers.acknowledge(
                UUID.fromString(answer.offerId()), answer.organisationId(), answer.version(), answer.status(),
                answer.comment(), Instant.parse(answer.occurredAt())));
    }
}
