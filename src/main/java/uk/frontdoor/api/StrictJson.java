package uk.frontdoor.api;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.validation.FieldError;

/**
 * Reads the partner API's request bodies with exact JSON types: a boolean is a boolean, an integer an integer, a
 * string a string, and a field the API does not define is an error, never silently dropped. Jackson would otherwise
 * coerce {@code 1} to true, {@code 2.5} and {@code "2"} to 2 and {@code 5} to "5". A wrong body is a 400 naming the
 * field ({@code child.firstName}), never its value.
 */
@Component
public class StrictJson {

    static final String NOT_AN_OBJECT = "The body must be a JSON object as described in /api/v1/openapi.json";

    private final JsonMapper strict = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfigDefaults(every -> {
                for (CoercionInputShape shape : CoercionInputShape.values()) {
                    every.setCoercion(shape, CoercionAction.Fail);
                }
                every.setAcceptBlankAsEmpty(false);
            })
            .build();

    /** @throws ErrorResponseException a 400 naming the field whose value has the wrong type or shape */
    public <T> T read(byte[] body, Class<T> type) {
        try {
            T value = strict.readValue(body, type);
            if (value == null) {
                throw ApiProblems.invalid(List.of(new FieldError("body", NOT_AN_OBJECT)));
            }
            return value;
        } catch (JacksonException wrong) {
            throw ApiProblems.invalid(List.of(fieldError(wrong)));
        }
    }

    /** The field a reading failure is about, as a dotted path ({@code worry.factors[0]}), or the body as a whole. */
    static FieldError fieldError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = path(jackson.getPath());
                return new FieldError(field, field + " is not what /api/v1/openapi.json describes: check its type "
                        + "(a boolean, an integer or a string, never one for another) and that the API has such a field");
            }
        }
        return new FieldError("body", NOT_AN_OBJECT);
    }

    private static String path(List<JacksonException.Reference> references) {
        return references.stream()
                .map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
