package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code notification.v1}: tell a person there is news, by email (subject and text) or text message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationV1(String contract, String messageId, String channel, String to, String subject,
        String text, String reference, String link) implements Contract {

    public static final String NAME = "notification.v1";

    public NotificationV1(String messageId, String channel, String to, String subject, String text, String reference,
            String link) {
        this(NAME, messageId, channel, to, subject, text, reference, link);
    }
}
