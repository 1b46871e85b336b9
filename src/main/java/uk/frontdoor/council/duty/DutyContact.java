package uk.frontdoor.council.duty;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact in the duty inbox, as the list shows it (no details beyond what triage needs).
 *
 * @param adviceRequest a partner asked for advice (a call back), not a social care response
 */
public record DutyContact(UUID id, String reference, Instant receivedAt, boolean urgent, String childName,
        String organisationName, String referralSource, Instant firstOpenedAt, Instant decisionDueAt,
        Priority priority, String priorityReason, String assignedTo, String assignedName, ContactOutcome outcome,
        Instant decidedAt, boolean adviceRequest) {

    public boolean decided() {
        return decidedAt != null;
    }
}
