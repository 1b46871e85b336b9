package uk.frontdoor.audit;

import java.time.Instant;

/** One line of the audit record. */
public record AuditEntry(Instant occurredAt, String actor, String organisation, String action, String subject,
        String fromAddress) {
}
