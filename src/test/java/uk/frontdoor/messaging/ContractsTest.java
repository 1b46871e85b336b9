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
}
