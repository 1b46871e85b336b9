package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code challenge-answer.v1}: a duty manager's answer to a challenge: the decision stands, or is reconsidered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengeAnswerV1(String contract, String messageId, String reference, String concernId, String answer,
        String reasons, String answeredAt) implements Contract {

    public static final String NAME = "challenge-answer.v1";
    public static final String STANDS = "decision-stands";
    public static final String RECONSIDERED = "reconsidered";

    public ChallengeAnswerV1(String messageId, String reference, String concernId, String answer, String reasons,
            String answeredAt) {
        this(NAME, messageId, reference, concernId, answer, reasons, answeredAt);
    }
}
