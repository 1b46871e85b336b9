package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code challenge.v1}: a referrer disagrees with ChAD's decision on their contact, and says why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengeV1(String contract, String messageId, String reference, String concernId, String reason,
        ChallengedBy challengedBy, String sentAt) implements Contract {

    public static final String NAME = "challenge.v1";

    public ChallengeV1(String messageId, String reference, String concernId, String reason, ChallengedBy challengedBy,
            String sentAt) {
        this(NAME, messageId, reference, concernId, reason, challengedBy, sentAt);
    }

    /** Who challenged, as the duty managers need to reply: a name and their organisation, nothing more. */
    public record ChallengedBy(String name, String organisationName) {
    }
}
