package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code offer.v1}: an employer sends an offer (employer name and details), or withdraws it (identity only). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferV1(String contract, String messageId, String offerId, String organisationId, String employerName,
        int version, String action, String sentAt, Details offer) implements Contract {

    public static final String NAME = "offer.v1";

    public OfferV1(String messageId, String offerId, String organisationId, String employerName, int version,
            String action, String sentAt, Details offer) {
        this(NAME, messageId, offerId, organisationId, employerName, version, action, sentAt, offer);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Details(String type, String title, String description, String location, boolean remote,
            String hours, int ageFrom, int ageTo, String closingDate, boolean guaranteedInterview, int places) {
    }
}
