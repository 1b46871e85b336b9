package uk.frontdoor.concern;

import java.time.Instant;

public record TimelineEntry(TimelineStatus status, Instant occurredAt) {
}
