package uk.frontdoor.council.duty;

import tools.jackson.databind.JsonNode;

/** Everything the referrer sent, for the duty social worker who opened the contact. */
public record DutyContactDetails(DutyContact contact, JsonNode sent) {
}
