package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code acknowledgement.v1}: what the duty service has done with a contact. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcknowledgementV1(String contract, String messageId, String reference, String concernId,
        String status, String occurredAt) implements Contract {

    public static final String NAME = "acknowledgement.v1";

    public AcknowledgementV1(String messageId, String reference, String concernId, String status,
            String occurredAt) {
        this(NAME, messageId, reference, concernId, status, occurredAt);
    }
}
