package uk.frontdoor.partner.concern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.messaging.Contracts;

/** Acknowledgements and decisions from an external system, by the same contracts and code as the queue's. */
@Service
public class ContactUpdates {

    private final Contracts contracts;
    private final AcknowledgementIntake intake;

    ContactUpdates(Contracts contracts, AcknowledgementIntake intake) {
        this.contracts = contracts;
        this.intake = intake;
    }

    /**
     * @return true when it landed, false when it had landed already (a retried call)
     * @throws uk.frontdoor.messaging.ContractViolation when it breaks its contract
     * @throws IllegalArgumentException when no concern has its reference
     */
    @Transactional
    public boolean receive(String message) {
        String contract = contracts.identify(message, "acknowledgement.v1,decision.v1");
        return contract.equals("decision.v1") ? intake.receiveDecision(message) : intake.receive(message);
    }
}
