package uk.frontdoor.messaging;

import java.time.Instant;
import uk.frontdoor.contract.MessageV1;
import uk.frontdoor.validation.MessageText;
import uk.frontdoor.validation.PlainText;

/**
 * A {@code message.v1}: one message between a referrer and the duty service, as both sides send and read it.
 *
 * @param concernId the concern's own id on the partner side, which both sides match as well as the reference;
 *                  null only in a message sent before the contract carried it
 */
public record ConversationMessage(String messageId, String reference, String concernId, boolean fromReferrer,
        String author, String text, Instant sentAt) {

    public static final int TEXT_MAX = MessageText.MAX;

    public MessageV1 contract() {
        return new MessageV1(messageId, reference, concernId, fromReferrer, author, text, sentAt.toString());
    }

    public static ConversationMessage of(MessageV1 message) {
        return new ConversationMessage(message.messageId(), message.reference(), message.concernId(),
                message.fromReferrer(), message.author(), message.text(), Instant.parse(message.sentAt()));
    }

    /** What is wrong with a message someone typed, in plain English; null when it can be sent. */
    public static String problemWith(String text) {
        return PlainText.requiredProblem(text, TEXT_MAX, true, "Write your message", "Your message").orElse(null);
    }
}
