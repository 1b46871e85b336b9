package uk.frontdoor.outbound;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A contract message as plain text a duty social worker can read in a mail client: one "Label: value" line per
 * field, nested parts indented under a heading. Field names become words (whatHappened: "What happened").
 */
final class ReadableText {

    private ReadableText() {
    }

    static String of(JsonNode message) {
        StringBuilder text = new StringBuilder();
        write(message, "", text);
        return text.toString();
    }

    private static void write(JsonNode node, String indent, StringBuilder text) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            String label = indent + label(field.getKey()) + ":";
            if (value.isObject()) {
                text.append(label).append('\n');
                write(value, indent + "  ", text);
            } else if (value.isArray()) {
                StringBuilder items = new StringBuilder();
                value.forEach(item -> items.append(items.isEmpty() ? "" : ", ").append(item.asString()));
                text.append(label).append(' ').append(items).append('\n');
            } else {
                text.append(label).append(' ').append(value.asString()).append('\n');
            }
        }
    }

    static String label(String fieldName) {
        String words = fieldName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
