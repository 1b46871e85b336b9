package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code missing-education-update.v1}: received, an enquiry made, or the outcome, told back to the school. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissingEducationUpdateV1(String contract, String messageId, String reference, String kind, String text,
        String outcome, String occurredAt) implements Contract {

    public static final String NAME = "missing-education-update.v1";

    public MissingEducationUpdateV1(String messageId, String reference, String kind, String text, String outcome,
            String occurredAt) {
        this(NAME, messageId, reference, kind, text, outcome, occurredAt);
    }
}
