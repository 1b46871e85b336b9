package uk.frontdoor.partner.employer;

import java.time.Instant;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.EmployerAcknowledgementV1;
import uk.frontdoor.messaging.IdempotentIntake;

/**
 * Called by the employer-acknowledgement-intake route with each {@code employer-acknowledgement.v1}: puts the
 * council's answer on the employer's registration once (a redelivered message id changes nothing).
 */
@Component("employerAcknowledgementIntake")
class EmployerAcknowledgementIntake {

    private final EmployerService employers;
    private final IdempotentIntake intake;

    EmployerAcknowledgementIntake(EmployerService employers, IdempotentIntake intake) {
        this.employers = employers;
        this.intake = intake;
    }

    public void receive(String message) {
        intake.receive(EmployerService.CONSUMER, message, EmployerAcknowledgementV1.class, answer -> employers
                .acknowledge(answer.organisationId(), answer.version(), answer.status(), answer.reason(),
                        Instant.parse(answer.occurredAt())));
    }
}
