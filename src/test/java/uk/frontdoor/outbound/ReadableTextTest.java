package uk.frontdoor.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReadableTextTest {

    @Test
    void a_contract_message_reads_as_labelled_lines_with_nested_parts_indented() {
        String text = ReadableText.of(JsonMapper.builder().build().readTree("""
                {"reference":"FD-2026-000123","urgent":true,
                 "child":{"firstName":"Asha","dateOfBirth":"2015-03-01"},
                 "concern":{"factors":["2B","3A"],"whatHappened":"Bruises"}}"""));

        assertThat(text).isEqualTo("""
                Reference: FD-2026-000123
                Urgent: true
                Child:
                  First name: Asha
                  Date of birth: 2015-03-01
                Concern:
                  Factors: 2B, 3A
                  What happened: Bruises
                """);
    }
}
