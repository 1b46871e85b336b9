package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code carer-report-acknowledgement.v1}: the fostering team has a carer's report. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CarerReportAcknowledgementV1(String contract, String messageId, String placement, String report,
        String status, String occurredAt) implements Contract {

    public static final String NAME = "carer-report-acknowledgement.v1";

    public CarerReportAcknowledgementV1(String messageId, String placement, String report, String status,
            String occurredAt) {
        this(NAME, messageId, placement, report, status, occurredAt);
    }
}
