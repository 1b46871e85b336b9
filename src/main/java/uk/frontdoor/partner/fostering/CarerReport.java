package uk.frontdoor.partner.fostering;

import java.time.Instant;

/** A report the carer sent, and when the fostering team acknowledged it (null until then). */
public record CarerReport(String messageId, ReportKind kind, String text, Instant sentAt, Instant receivedAt) {
}
