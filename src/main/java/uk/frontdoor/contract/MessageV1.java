package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code message.v1}: a message between the referrer and the duty service about one contact. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageV1(String contract, String messageId, String reference, String concernId, boolean fromReferrer,
        String author, String text, String sentAt) implements Contract {

    public static final String NAME = "message.v1";

    public MessageV1(String messageId, String reference, String concernId, boolean fromReferrer, String author,
            String text, String sentAt) {
        this(NAME, messageId, reference, concernId, fromReferrer, author, text, sentAt);
    }
}
