package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code employer-acknowledgement.v1}: what the council has done with an employer's registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmployerAcknowledgementV1(String contract, String messageId, String organisationId, int version,
        String status, String reason, String occurredAt) implements Contract {

    public static final String NAME = "employer-acknowledgement.v1";

    public EmployerAcknowledgementV1(String messageId, String organisationId, int version, String status,
            String reason, String occurredAt) {
        this(NAME, messageId, organisationId, version, status, reason, occurredAt);
    }
}
