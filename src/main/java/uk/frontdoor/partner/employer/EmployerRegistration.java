package uk.frontdoor.partner.employer;

import java.time.Instant;

/** An employer's registration as the employer sees it: its latest details and the council's answer. */
public record EmployerRegistration(String organisationId, String name, String address, String staffSize,
        String contactName, String contactEmail, String contactPhone, int version, RegistrationStatus status,
        String returnReason, Instant submittedAt, Instant receivedAt, Instant decidedAt) {

    /** "Waiting for the council's check", "Approved: ..." or "Returned: the reason". */
    public String statusText() {
        return status == RegistrationStatus.RETURNED ? "Returned: " + returnReason : status.text();
    }
}
