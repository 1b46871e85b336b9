package uk.frontdoor.audit;

import java.time.Instant;

/**
 * One line of the audit record.
 *
 * @param shown the references a list screen showed, space-separated; null for one record's view or an action
 */
public record AuditEntry(Instant occurredAt, String actor, String organisation, String action, String subject,
        String fromAddress, String shown) {
}
