package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rules every contract shares: bounded strings, real date-times, no control characters. */
class ContractsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Contracts contracts = new Contracts(JSON);

    private static final String ACKNOWLEDGEMENT = """
            {"contract":"acknowledgement.v1","messageId":"%s","reference":"FD-2026-000001","status":"received",
             "occurredAt":"%s"}""";

    @Test
    void every_string_in_every_contract_has_a_maximum_length() throws IOException {
        List<String> unbounded = new ArrayList<>();
        try (Stream<Path> schemas = Files.list(Path.of("integration-routes/contracts"))) {
            for (Path schema : schemas.toList()) {
                unbounded(JSON.readTree(schema.toFile()), schema.getFileName().toString(), unbounded);
            }
        }
        assertThat(unbounded).isEmpty();
    }

    @Test
    void a_message_whose_contract_is_not_a_string_names_no_contract_and_is_a_violation() {
        for (String named : new String[] {"{\"k\":1}", "[true,2]", "[[[\"bottom\"]]]", "7", "null"}) {
            assertThatThrownBy(() -> contracts.identify("{\"contract\":" + named + ",\"messageId\":\"m-1\"}",
                    "acknowledgement.v1,decision.v1")).as(named).isInstanceOf(ContractViolation.class)
                    .hasMessageContaining("names no contract");
        }
    }

    @Test
    void a_key_given_twice_is_a_violation_on_the_queues_as_on_the_api() {
        String twice = "{\"contract\":\"acknowledgement.v1\",\"messageId\":\"m-1\",\"reference\":\"FD-2026-000001\","
                + "\"status\":\"received\",\"status\":\"being-looked-at\",\"occurredAt\":\"2026-02-28T09:00:00Z\"}";
        assertThatThrownBy(() -> contracts.check(twice, "acknowledgement.v1")).isInstanceOf(ContractViolation.class)
                .hasMessageContaining("a key given twice").hasMessageNotContaining("being-looked-at");
        assertThatThrownBy(() -> contracts.identify(twice, "acknowledgement.v1,decision.v1"))
                .isInstanceOf(ContractViolation.class);
    }

    @Test
    void a_real_time_passes_and_an_impossible_one_is_a_violation_naming_the_field() {
        assertThatCode(() -> contracts.check(ACKNOWLEDGEMENT.formatted("m-1", "2026-02-28T09:00:00Z"), "acknowledgement.v1"))
                .doesNotThrowAnyException();
        for (String impossible : new String[] {"2020-02-30T99:00:00Z", "2020-02-30T10:00:00Z", "yesterday"}) {
            assertThatThrownBy(() -> contracts.check(ACKNOWLEDGEMENT.formatted("m-1", impossible), "acknowledgement.v1"))
                    .isInstanceOf(ContractViolation.class).hasMessageContaining("occurredAt")
                    .hasMessageNotContaining(impossible);
        }
    }

    @Test
    void a_control_character_in_any_string_is_a_violation_but_a_line_break_in_long_text_is_not() {
        assertThatThrownBy(() -> contracts.check(ACKNOWLEDGEMENT.formatted("m-\\u0000", "2026-02-28T09:00:00Z"),
                "acknowledgement.v1")).isInstanceOf(ContractViolation.class).hasMessageContaining("$.messageId control");
        assertThatThrownBy(() -> contracts.check(ACKNOWLEDGEMENT.formatted("m-\\u001b[2J", "2026-02-28T09:00:00Z"),
                "acknowledgement.v1")).isInstanceOf(ContractViolation.class);
        String decision = """
                {"contract":"decision.v1","messageId":"m-2","reference":"FD-2026-000001","outcome":"nfa",
                 "outcomeText":"No further action","becameReferral":false,"whatHappensNext":"First.\\nThen\\tsecond.",
                 "contactPoint":"ChAD","decidedAt":"2026-02-28T09:00:00Z"}""";
        assertThatCode(() -> contracts.check(decision, "decision.v1")).doesNotThrowAnyException();
    }

    @Test
    void a_concern_contact_carries_the_no_to_immediate_danger_and_cannot_carry_a_yes_or_skip_it() {
        String contact = """
                {"contract":"contact.v1","messageId":"m-3","reference":"FD-2026-000001",
                 "concernId":"7a1f1c36-2f59-4c36-9d51-000000000009","submittedAt":"2026-02-28T09:00:00Z",
                 "kind":"concern","urgent":false%s,
                 "referrer":{"name":"A Referrer","role":"TEACHER","organisationId":"school-springfield",
                   "organisationName":"Springfield Primary School","referralSource":"2A"},
                 "child":{"firstName":"Ada","lastName":"Example","dateOfBirth":"2016-05-12",
                   "address":"1 Station Road","postcode":"ST4 1HH"},
                 "concern":{"factors":["16A"],"whatHappened":"Hungry.","whenHappened":"2026-02-27","actionTaken":"Fed."},
                 "parents":{"know":true,"agree":"yes"},"levelOfNeed":2}""";
        assertThatCode(() -> contracts.check(contact.formatted(",\"immediateDanger\":false"), "contact.v1"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> contracts.check(contact.formatted(",\"immediateDanger\":true"), "contact.v1"))
                .as("a yes is a 999 call, never a contact").isInstanceOf(ContractViolation.class)
                .hasMessageContaining("immediateDanger");
        assertThatThrownBy(() -> contracts.check(contact.formatted(""), "contact.v1"))
                .as("a concern that skipped the question").isInstanceOf(ContractViolation.class)
                .hasMessageContaining("immediateDanger");
    }

    private static void unbounded(JsonNode node, String location, List<String> unbounded) {
        if (node.isObject()) {
            boolean string = node.path("type").isString() && node.path("type").asString().equals("string");
            if (string && !node.has("maxLength") && !node.has("enum") && !node.has("const")) {
                unbounded.add(location);
            }
            node.properties().forEach(property -> unbounded(property.getValue(), location + "/" + property.getKey(), unbounded));
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            unbounded(node.get(i), location + "/" + i, unbounded);
        }
    }

    @Test
    void the_same_message_passes_its_schema_check_once_and_any_other_bytes_are_checked_afresh() {
        String kept = ACKNOWLEDGEMENT.formatted("kept-1", "2026-02-28T09:00:00Z");
        long before = contracts.passedChecks();

        contracts.check(kept, "acknowledgement.v1");
        assertThat(contracts.identify(kept, "acknowledgement.v1,decision.v1")).isEqualTo("acknowledgement.v1");
        contracts.check(kept, "acknowledgement.v1");
        assertThat(contracts.passedChecks() - before).as("held against the schema once").isEqualTo(1);

        String changed = kept.replace("2026-02-28T09:00:00Z", "2026-02-30T09:00:00Z");
        assertThatThrownBy(() -> contracts.check(changed, "acknowledgement.v1"))
                .isInstanceOf(ContractViolation.class).hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> contracts.check(kept, "decision.v1")).as("the same bytes against another contract")
                .isInstanceOf(ContractViolation.class);
        assertThatThrownBy(() -> contracts.identify(kept, "decision.v1")).as("a contract not accepted here")
                .isInstanceOf(ContractViolation.class).hasMessageContaining("names no contract");
    }

    @Test
    void a_message_that_failed_is_refused_every_time() {
        String broken = ACKNOWLEDGEMENT.formatted("broken-1", "not a date");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> contracts.check(broken, "acknowledgement.v1"))
                    .isInstanceOf(ContractViolation.class).hasMessageContaining("occurredAt");
        }
    }
}
