package uk.frontdoor.partner.concern;

import java.time.Instant;

/** One step of a concern's timeline; a decision carries what it means for the referrer in {@code detail}. */
public record TimelineEntry(TimelineStatus status, Instant occurredAt, String detail) {
}
