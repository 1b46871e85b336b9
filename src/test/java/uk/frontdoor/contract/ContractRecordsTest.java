package uk.frontdoor.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each contract's record and its JSON Schema say the same thing: an example message reads into the record and
 * writes back unchanged and valid; the record's components are exactly the schema's properties, at every level;
 * and a message missing a required field is refused. A field added, renamed or dropped on one side fails here.
 */
class ContractRecordsTest {

    private static final Path CONTRACTS = Path.of("integration-routes/contracts");
    private static final Path EXAMPLES = Path.of("src/test/resources/contract-examples");
    private static final String SUFFIX = ".schema.json";

    private final JsonMapper json = JsonMapper.builder().build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static Stream<String> contracts() throws IOException {
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            List<String> names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length())).sorted().toList();
            assertThat(names).hasSameSizeAs(ContractRecords.ALL);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void theExampleReadsIntoTheRecordAndWritesBackUnchangedAndValid(String contract) throws IOException {
        JsonNode example = json.readTree(Files.readString(EXAMPLES.resolve(contract + ".json")));
        assertThat(problems(contract, example)).as("the example is valid").isEmpty();

        Contract record = json.readValue(example.toString(), record(contract));
        assertThat(record.contract()).isEqualTo(contract);
        assertThat(record.messageId()).isEqualTo(example.get("messageId").asString());

        JsonNode written = json.readTree(json.writeValueAsString(record));
        assertThat(problems(contract, written)).as("the record writes a valid message").isEmpty();
        assertThat(written).as("no field lost, renamed or added").isEqualTo(example);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void theRecordsComponentsAreExactlyTheSchemasProperties(String contract) throws IOException {
        List<String> drift = new ArrayList<>();
        compare(record(contract), schemaNode(contract), contract, drift);
        assertThat(drift).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void aMessageMissingARequiredFieldIsRefused(String contract) throws IOException {
        JsonNode example = json.readTree(Files.readString(EXAMPLES.resolve(contract + ".json")));
        List<String> required = strings(schemaNode(contract).get("required"));
        assertThat(required).contains("contract", "messageId");
        for (String field : required) {
            ObjectNode missing = ((ObjectNode) example).deepCopy();
            missing.remove(field);
            assertThat(problems(contract, missing)).as("without " + field).isNotEmpty();
        }
    }

    /** The household list was added to contact.v1 later: a contact without it, as older ones are, is as valid. */
    @org.junit.jupiter.api.Test
    void aContactWithoutTheHouseholdListIsValidAndOneWithTooManyPeopleIsNot() throws IOException {
        JsonNode example = json.readTree(Files.readString(EXAMPLES.resolve(ContactV1.NAME + ".json")));
        ObjectNode older = (ObjectNode) example.deepCopy();
        ((ObjectNode) older.get("aboutChild")).remove("householdMembers");
        assertThat(problems(ContactV1.NAME, older)).isEmpty();
        ContactV1 read = json.readValue(older.toString(), ContactV1.class);
        assertThat(read.aboutChild().householdMembers()).isNull();
        assertThat(json.readTree(json.writeValueAsString(read))).isEqualTo(older);

        ObjectNode crowded = (ObjectNode) example.deepCopy();
        var members = (tools.jackson.databind.node.ArrayNode) crowded.get("aboutChild").get("householdMembers");
        while (members.size() <= 10) {
            members.add(members.get(0).deepCopy());
        }
        assertThat(problems(ContactV1.NAME, crowded)).isNotEmpty();
        ((ObjectNode) members.get(0)).remove("relationship");
        members.remove(10);
        assertThat(problems(ContactV1.NAME, crowded)).as("each person in full").isNotEmpty();
    }

    /** Components against properties, recursively into nested records (and lists of them). */
    private static void compare(Class<?> type, JsonNode schema, String where, List<String> drift) {
        Set<String> properties = new TreeSet<>(schema.get("properties").propertyNames());
        Set<String> required = new TreeSet<>(strings(schema.get("required")));
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            components.add(name);
            JsonNode property = schema.get("properties").get(name);
            if (property == null) {
                drift.add(where + "." + name + " is a component of " + type.getSimpleName() + " but no property");
                continue;
            }
            if (component.getType().isPrimitive() && !required.contains(name)) {
                drift.add(where + "." + name + " is optional in the schema but a primitive (always written)");
            }
            Class<?> nested = nestedRecord(component);
            if (nested != null) {
                JsonNode object = component.getType() == List.class ? property.get("items") : property;
                if (object == null || !object.has("properties")) {
                    drift.add(where + "." + name + " is a record but not an object in the schema");
                } else {
                    compare(nested, object, where + "." + name, drift);
                }
            } else if (property.has("properties")) {
                drift.add(where + "." + name + " is an object in the schema but not a record");
            }
        }
        for (String name : required) {
            if (!components.contains(name)) {
                drift.add(where + "." + name + " is required by the schema but no component of " + type.getSimpleName());
            }
        }
        for (String name : properties) {
            if (!components.contains(name)) {
                drift.add(where + "." + name + " is a property but no component of " + type.getSimpleName());
            }
        }
    }

    private static Class<?> nestedRecord(RecordComponent component) {
        if (component.getType().isRecord()) {
            return component.getType();
        }
        if (component.getType() == List.class
                && component.getGenericType() instanceof ParameterizedType list) {
            Type item = list.getActualTypeArguments()[0];
            if (item instanceof Class<?> itemClass && itemClass.isRecord()) {
                return itemClass;
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asString()));
        }
        return values;
    }

    private static Class<? extends Contract> record(String contract) {
        Class<? extends Contract> record = ContractRecords.of(contract);
        assertThat(record).as("a record for " + contract).isNotNull();
        assertThat(record.isRecord()).isTrue();
        assertThat(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName))
                .startsWith("contract", "messageId");
        return record;
    }

    private JsonNode schemaNode(String contract) throws IOException {
        return json.readTree(Files.readString(CONTRACTS.resolve(contract + SUFFIX)));
    }

    private List<Error> problems(String contract, JsonNode message) throws IOException {
        Schema schema = registry.getSchema(Files.readString(CONTRACTS.resolve(contract + SUFFIX)));
        return schema.validate(message);
    }
}
