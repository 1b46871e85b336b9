package uk.frontdoor.messaging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
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

    public Map<String, Object> contract() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("contract", "message.v1");
        message.put("messageId", messageId);
        message.put("reference", reference);
        if (concernId != null) {
            message.put("concernId", concernId);
        }
        message.put("fromReferrer", fromReferrer);
        message.put("author", author);
        message.put("text", text);
        message.put("sentAt", sentAt.toString());
        return message;
    }

    public static ConversationMessage of(JsonNode message) {
        return new ConversationMessage(message.get("messageId").asString(), message.get("reference").asString(),
                concernIdOf(message), message.get("fromReferrer").asBoolean(), message.get("author").asString(), message.get("text").asString(),
                Instant.parse(message.get("sentAt").asString()));
    }

    /** The {@code concernId} a contract message carries, or null when it was sent before the contracts had it. */
    public static String concernIdOf(JsonNode message) {
        return message.hasNonNull("concernId") ? message.get("concernId").asString() : null;
    }

    /** What is wrong with a message someone typed, in plain English; null when it can be sent. */
    public static String problemWith(String text) {
        return PlainText.requiredProblem(text, TEXT_MAX, true, "Write your message", "Your message").orElse(null);
    }
}
