package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code decision.v1}: what the duty service decided about a contact. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionV1(String contract, String messageId, String reference, String concernId, String outcome,
        String outcomeText, boolean becameReferral, String whatHappensNext, String contactPoint, String decidedAt,
        String request, Boolean answersRequest) implements Contract {

    public static final String NAME = "decision.v1";

    public DecisionV1(String messageId, String reference, String concernId, String outcome, String outcomeText,
            boolean becameReferral, String whatHappensNext, String contactPoint, String decidedAt, String request,
            Boolean answersRequest) {
        this(NAME, messageId, reference, concernId, outcome, outcomeText, becameReferral, whatHappensNext,
                contactPoint, decidedAt, request, answersRequest);
    }
}
