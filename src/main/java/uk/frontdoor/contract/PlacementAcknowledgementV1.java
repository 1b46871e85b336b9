package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code placement-acknowledgement.v1}: the foster carer has read an update. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementAcknowledgementV1(String contract, String messageId, String placement, String update,
        String status, String occurredAt) implements Contract {

    public static final String NAME = "placement-acknowledgement.v1";

    public PlacementAcknowledgementV1(String messageId, String placement, String update, String status,
            String occurredAt) {
        this(NAME, messageId, placement, update, status, occurredAt);
    }
}
