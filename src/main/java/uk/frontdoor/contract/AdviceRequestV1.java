package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code advice-request.v1}: a partner asks ChAD for a call back, without making a referral. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdviceRequestV1(String contract, String messageId, String reference, String concernId,
        String requestedAt, Referrer referrer, String question, String callbackPhone, String bestTime, Request request)
        implements Contract {

    public static final String NAME = "advice-request.v1";

    public AdviceRequestV1(String messageId, String reference, String concernId, String requestedAt,
            Referrer referrer, String question, String callbackPhone, String bestTime, Request request) {
        this(NAME, messageId, reference, concernId, requestedAt, referrer, question, callbackPhone, bestTime, request);
    }
}
