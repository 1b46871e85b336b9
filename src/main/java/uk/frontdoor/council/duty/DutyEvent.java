package uk.frontdoor.council.duty;

import java.time.Instant;

/** One line of a contact's duty-side record. */
public record DutyEvent(Instant occurredAt, String by, String what) {
}
