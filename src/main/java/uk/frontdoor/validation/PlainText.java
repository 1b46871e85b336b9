package uk.frontdoor.validation;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one rule for every piece of text the portal takes in, from a page, the API or a queue: at most so many
 * characters, and no control characters (PostgreSQL refuses NUL in text and JSON, and the others hide or garble
 * what a social worker reads) nor broken UTF-16. Line breaks and tabs are fine in long text only.
 */
public final class PlainText {

    private PlainText() {
    }

    /** @return what is wrong with the text, in plain English naming it, or empty when nothing is (or it is null) */
    public static Optional<String> problem(String value, int max, boolean longText, String name) {
        if (value == null) {
            return Optional.empty();
        }
        if (hasControlCharacter(value, longText)) {
            return Optional.of(name + " must not contain control characters"
                    + (longText ? " (line breaks and tabs are fine)" : ""));
        }
        if (value.strip().length() > max) {
            return Optional.of(name + " must be " + max + " characters or fewer");
        }
        return Optional.empty();
    }

    /** Text a person must give: {@code missing} when it is blank, otherwise {@link #problem}. */
    public static Optional<String> requiredProblem(String value, int max, boolean longText, String missing, String name) {
        return value == null || value.isBlank() ? Optional.of(missing) : problem(value, max, longText, name);
    }

    /** {@link #requiredProblem} as the field error a form shows. */
    public static void require(List<FieldError> errors, String field, String value, int max, boolean longText,
            String missing, String name) {
        requiredProblem(value, max, longText, missing, name).ifPresent(message -> errors.add(new FieldError(field, message)));
    }

    /** {@link #problem} for text a person may leave out, as the field error a form shows. */
    public static void allow(List<FieldError> errors, String field, String value, int max, boolean longText, String name) {
        problem(value, max, longText, name).ifPresent(message -> errors.add(new FieldError(field, message)));
    }

    public static boolean hasControlCharacter(String value, boolean longText) {
        return value.codePoints().anyMatch(c -> forbidden(c, longText));
    }

    /** What may be stored of a draft kept as typed: the page's check has already told the person what was wrong. */
    public static String storable(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(c -> !forbidden(c, true)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** {@link #storable(String)} for every string in a JSON tree, in place. */
    public static JsonNode storable(JsonNode tree) {
        if (tree instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                object.set(name, value.isString() ? object.stringNode(storable(value.asString())) : storable(value));
            }
        } else if (tree instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                array.set(i, value.isString() ? array.stringNode(storable(value.asString())) : storable(value));
            }
        }
        return tree;
    }

    private static boolean forbidden(int c, boolean longText) {
        boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
        return Character.getType(c) == Character.CONTROL && !(longText && lineBreakOrTab)
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE; // a half of a pair, alone
    }
}
