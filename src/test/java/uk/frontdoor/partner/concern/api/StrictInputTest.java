package uk.frontdoor.partner.concern.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.ConcernValidator;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.PortalTest;

/** Exact JSON types, no control characters and one length limit per text, on the API and in the form's drafts. */
class StrictInputTest extends PortalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JWKSource<SecurityContext> signingKeys;
    @Autowired ConcernDrafts drafts;

    @Test
    void a_value_of_the_wrong_json_type_is_400_naming_the_field_and_nothing_is_coerced() throws Exception {
        String concern = PartnerApiTest.concern("Cora");
        Map<String, String> wrongTypes = Map.of(
                "immediateDanger", concern.replace("\"immediateDanger\": false", "\"immediateDanger\": 0"),
                "levelOfNeed", concern.replace("\"levelOfNeed\": 2", "\"levelOfNeed\": 2.5"),
                "levelOfNeed ", concern.replace("\"levelOfNeed\": 2", "\"levelOfNeed\": \"2\""),
                "child.firstName", concern.replace("\"firstName\": \"Cora\"", "\"firstName\": 5"),
                "parents.know", concern.replace("\"know\": true", "\"know\": \"true\""),
                "worry.factors", concern.replace("[\"16A\"]", "\"16A\""),
                "worry.factors[0]", concern.replace("[\"16A\"]", "[16]"),
                "child.favouriteColour", concern.replace("\"lastName\"", "\"favouriteColour\": \"red\", \"lastName\""));
        for (var wrong : wrongTypes.entrySet()) {
            assertThat(errors(post(wrong.getValue()), 400)).as(wrong.getKey())
                    .extracting(error -> error.path("field").asString()).containsExactly(wrong.getKey().strip());
        }
        assertThat(stored("Cora Partner")).isZero();
    }

    @Test
    void a_nul_or_other_control_character_in_any_text_is_the_forms_field_error_and_never_stored() throws Exception {
        String concern = PartnerApiTest.concern("Nula");
        Map<String, String> withNul = Map.of(
                ConcernValidator.FIRST_NAME, concern.replace("\"Nula\"", "\"Nu\\u0000la\""),
                ConcernValidator.WHAT_HAPPENED, concern.replace("hungry every day", "hungry\\u0000every day"),
                ConcernValidator.ADDRESS, concern.replace("1 Station Road", "1 Station\\u0007 Road"),
                ConcernValidator.SCHOOL, concern.replace("Springfield Primary School", "Springfield\\u001b[2J"));
        for (var nul : withNul.entrySet()) {
            assertThat(errors(post(nul.getValue()), 400)).as(nul.getKey())
                    .extracting(error -> error.path("field").asString()).containsExactly(nul.getKey());
        }
        HttpResponse<String> lineBreaks = post(concern.replace("hungry every day", "hungry\\nevery day\\tthis week"));
        assertThat(lineBreaks.statusCode()).as("line breaks and tabs in long text are fine").isEqualTo(201);
    }

    @Test
    void an_explanation_the_parents_answer_leaves_unused_still_has_its_limit() throws Exception {
        String unused = PartnerApiTest.concern("Lena").replace("\"agree\": \"yes\"",
                "\"agree\": \"yes\", \"notToldExplanation\": \"" + "x".repeat(ConcernValidator.LONG_TEXT_MAX + 1) + "\"");
        assertThat(errors(post(unused), 400)).extracting(error -> error.path("field").asString())
                .containsExactly(ConcernValidator.NOT_TOLD_EXPLANATION);
        assertThat(stored("Lena Partner")).isZero();
    }

    @Test
    void a_draft_from_the_form_with_a_nul_gets_the_error_and_is_kept_without_it() {
        var teacher = DemoUser.TEACHER.currentUser();
        var draft = drafts.start(teacher);
        ConcernAnswers answers = Answers.complete("Zo\u0000e", "Smith");
        assertThat(drafts.save(teacher, draft.id(), ConcernStep.CHILD, answers))
                .extracting(error -> error.field()).containsExactly(ConcernValidator.FIRST_NAME);
        assertThat(drafts.current(teacher).orElseThrow().answers().getChildFirstName()).isEqualTo("Zoe");
    }

    private List<JsonNode> errors(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return JSON.readTree(response.body()).path("errors").valueStream().toList();
    }

    private HttpResponse<String> post(String body) throws Exception {
        PartnerApiClient api = new PartnerApiClient(port);
        return api.post(api.forged(signingKeys, "strict-input-school", "school-springfield"), "/api/v1/concerns", body,
                Map.of());
    }

    private long stored(String childName) {
        return jdbc.sql("SELECT count(*) FROM concern WHERE child_name = ?").param(childName).query(Long.class).single();
    }
}
