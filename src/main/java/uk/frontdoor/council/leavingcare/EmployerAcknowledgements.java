package uk.frontdoor.council.leavingcare;

import uk.frontdoor.partner.employer.EmployerService;
import java.time.Instant;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.EmployerAcknowledgementV1;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;

/**
 * Council side: sends {@code employer-acknowledgement.v1} back to the employer through the outbox. The message
 * id is derived from the registration and the status, so the same answer sent twice still lands once.
 */
@Component
class EmployerAcknowledgements {

    private final Outbox outbox;

    EmployerAcknowledgements(Outbox outbox) {
        this.outbox = outbox;
    }

    void send(String organisationId, int version, String status, String reason, Instant occurredAt) {
        outbox.send(Routes.EMPLOYER_ACKNOWLEDGEMENT_TO_PARTNER, new EmployerAcknowledgementV1(
                "employer-ack-" + status + "-" + EmployerService.key(organisationId, version), organisationId, version,
                status, reason, occurredAt.toString()));
    }
}
