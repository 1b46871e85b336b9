package uk.frontdoor.messaging;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.validation.PlainText;

/**
 * Checks messages against the versioned JSON Schemas in integration-routes/contracts/. The routes call
 * it by name ({@code contracts}) before a message crosses the seam in either direction, and again where it is taken
 * off its queue; the same bytes found to keep the same contract on this instance are not held against it twice
 * ({@link KeptContracts}).
 */
@Component("contracts")
public class Contracts {

    /** With formats asserted, as 2020-12 leaves them annotations only: 2020-02-30T99:00:00Z is no date-time. */
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    /** The parts of a location between its dots, slashes and brackets. */
    private static final java.util.regex.Pattern FIELD_PART = java.util.regex.Pattern.compile("[^.\\[\\]/$]+");
    private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]{0,39}|[0-9]{1,6}");
    private final JsonMapper json;
    private final KeptContracts kept = new KeptContracts();

    Contracts(JsonMapper json) {
        // A key given twice is two different messages to two readers (Jackson keeps the last): refused, as the API does.
        this.json = json.rebuild().enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /**
     * @throws ContractViolation with a reason naming each failing field (never its value)
     */
    public void check(String message, String contract) {
        checkUnlessKept(message, () -> parse(message, contract), contract);
    }

    /** How many messages passed a schema check here: one that passed already is not held against it again. */
    long passedChecks() {
        return kept.passes();
    }

    /** The one place a message is looked up among those kept, and remembered once it has passed. */
    private void checkUnlessKept(String message, java.util.function.Supplier<JsonNode> node, String contract) {
        String key = KeptContracts.key(message, contract);
        if (!kept.contains(key)) {
            check(node.get(), contract);
            kept.remember(key);
        }
    }

    private void check(JsonNode node, String contract) {
        List<String> problems = new ArrayList<>(schema(contract).validate(node).stream()
                .map(error -> fieldNames(String.valueOf(error.getInstanceLocation())) + " " + error.getKeyword()
                        + (error.getProperty() == null ? "" : " " + fieldNames(error.getProperty())))
                .toList());
        controlCharacters(node, "$", problems);
        if (!problems.isEmpty()) {
            throw new ContractViolation(contract + ": " + String.join("; ", problems));
        }
    }

    private JsonNode parse(String message, String contracts) {
        try {
            return json.readTree(message);
        } catch (JacksonException notJson) {
            throw new ContractViolation(contracts + ": not valid JSON, or a key given twice");
        }
    }

    /**
     * A location with only the names a contract could use: the sender chooses a malformed message's field names, and
     * one could be a child's name, so any part that is not a plain camelCase word is withheld as "?".
     */
    private static String fieldNames(String location) {
        return FIELD_PART.matcher(location).replaceAll(part -> SAFE_NAME.matcher(part.group()).matches()
                ? part.group() : "?");
    }

    /**
     * The one text rule every contract shares, which JSON Schema cannot say: no control characters in any string
     * (line breaks and tabs are fine, as in a referrer's account of what happened).
     */
    private static void controlCharacters(JsonNode node, String location, List<String> problems) {
        if (node.isString() && PlainText.hasControlCharacter(node.asString(), true)) {
            problems.add(fieldNames(location) + " control character");
        }
        if (node.isObject()) {
            node.properties().forEach(property -> controlCharacters(property.getValue(),
                    location + "." + property.getKey(), problems));
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            controlCharacters(node.get(i), location + "[" + i + "]", problems);
        }
    }

    /**
     * For a queue that carries more than one contract: the message names its contract, which must be one of
     * {@code allowed} (comma-separated), and must match it.
     *
     * @return the contract's name, for the route to choose the next step by
     */
    public String identify(String message, String allowed) {
        JsonNode node = parse(message, allowed);
        JsonNode named = node.get("contract");
        // Only a string names a contract: anything else (an object, an array) names none.
        String contract = named != null && named.isString() ? named.asString() : "";
        if (!java.util.Arrays.asList(allowed.split(",")).contains(contract)) {
            throw new ContractViolation(allowed + ": the message names no contract accepted here");
        }
        checkUnlessKept(message, () -> node, contract);
        return contract;
    }

    private Schema schema(String contract) {
        return schemas.computeIfAbsent(contract, name -> {
            try (InputStream in = new ClassPathResource("integration-routes/contracts/" + name + ".schema.json")
                    .getInputStream()) {
                return registry.getSchema(in);
            } catch (IOException missing) {
                throw new UncheckedIOException("No contract " + name, missing);
            }
        });
    }
}
