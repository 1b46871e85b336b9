package uk.frontdoor.council.duty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded decision and where it stands: final, awaiting a manager's sign-off, signed off or returned. */
public record DutyDecision(UUID id, UUID contactId, String reference, ContactOutcome outcome, List<String> factors,
        int levelOfNeed, String rationale, String decidedBy, String decidedByName, Instant decidedAt, Status status,
        String reviewedBy, Instant reviewedAt, String reviewComment) {

    public enum Status {
        FINAL("Decided"),
        AWAITING_SIGN_OFF("Waiting for a duty manager's sign-off"),
        SIGNED_OFF("Signed off by a duty manager"),
        RETURNED("Returned by a duty manager");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
