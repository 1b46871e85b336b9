package uk.frontdoor.partner.fostering;

import java.time.Instant;
import java.util.UUID;

/** News about a placement from the council's systems; {@code readAt} once the carer marked it as read. */
public record PlacementUpdate(UUID id, String messageId, String kind, String title, String text, String sentBy,
        Instant sentAt, Instant readAt) {
}
