package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code offer-acknowledgement.v1}: what the council has done with an employer's offer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferAcknowledgementV1(String contract, String messageId, String offerId, String organisationId,
        int version, String status, String comment, String occurredAt) implements Contract {

    public static final String NAME = "offer-acknowledgement.v1";

    public OfferAcknowledgementV1(String messageId, String offerId, String organisationId, int version, String status,
            String comment, String occurredAt) {
        this(NAME, messageId, offerId, organisationId, version, status, comment, occurredAt);
    }
}
