package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code placement-update.v1}: news about a placement from the council's systems, for the foster carer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementUpdateV1(String contract, String messageId, String placement, String kind, String title,
        String text, String sentBy, String sentAt) implements Contract {

    public static final String NAME = "placement-update.v1";

    public PlacementUpdateV1(String messageId, String placement, String kind, String title, String text,
            String sentBy, String sentAt) {
        this(NAME, messageId, placement, kind, title, text, sentBy, sentAt);
    }
}
