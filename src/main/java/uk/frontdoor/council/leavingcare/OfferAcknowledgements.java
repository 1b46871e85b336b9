package uk.frontdoor.council.leavingcare;

import uk.frontdoor.partner.employer.OfferService;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.OfferAcknowledgementV1;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;

/**
 * Council side: sends {@code offer-acknowledgement.v1} back to the employer through the outbox. The message id
 * is derived from the offer, its version and the status, so the same answer sent twice still lands once.
 */
@Component
class OfferAcknowledgements {

    private final Outbox outbox;

    OfferAcknowledgements(Outbox outbox) {
        this.outbox = outbox;
    }

    void send(UUID offerId, String organisationId, int version, String status, String comment, Instant occurredAt,
            String what) {
        outbox.send(Routes.OFFER_ACKNOWLEDGEMENT_TO_PARTNER, new OfferAcknowledgementV1(
                OfferService.messageId("offer-ack-", offerId, version, what), offerId.toString(), organisationId,
                version, status, comment, occurredAt.toString()));
    }
}
