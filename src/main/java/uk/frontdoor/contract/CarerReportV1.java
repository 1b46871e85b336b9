package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code carer-report.v1}: a foster carer's update or significant event, for the fostering team. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CarerReportV1(String contract, String messageId, String placement, String kind, String text,
        String carer, String sentAt) implements Contract {

    public static final String NAME = "carer-report.v1";

    public CarerReportV1(String messageId, String placement, String kind, String text, String carer, String sentAt) {
        this(NAME, messageId, placement, kind, text, carer, sentAt);
    }
}
