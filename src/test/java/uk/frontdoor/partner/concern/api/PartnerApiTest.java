package uk.frontdoor.partner.concern.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.partner.concern.ConcernValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.PortalTest;

/** The partner API over real HTTP with client-credentials tokens from the built-in provider. */
class PartnerApiTest extends PortalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JWKSource<SecurityContext> signingKeys;
    @Value("${frontdoor.api.rate-limit-per-minute}") int rateLimit;

    static String concern(String firstName) {
        return PartnerApiClient.concern(firstName);
    }

    @Test
    void a_schools_system_raises_a_concern_and_reads_its_status_without_the_childs_name() throws Exception {
        String token = token("springfield-safeguarding-system", "springfield-secret");
        HttpResponse<String> created = post(token, concern("Pia"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String reference = body.path("reference").asString();
        assertThat(reference).startsWith("FD-");
        assertThat(body.path("status").asString()).isEqualTo("submitted");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/concerns/" + reference);
        assertThat(jdbc.sql("SELECT organisation || ' ' || referrer_subject || ' ' || child_name FROM concern WHERE reference = ?")
                .param(reference).query(String.class).single())
                .isEqualTo("school-springfield springfield-safeguarding-system Pia Partner");

        HttpResponse<String> status = get(token, "/api/v1/concerns/" + reference);
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode concern = JSON.readTree(status.body());
        assertThat(concern.path("reference").asString()).isEqualTo(reference);
        // The relay may have delivered it and ChAD acknowledged it already: the status is the timeline's latest.
        JsonNode timeline = concern.path("timeline");
        assertThat(timeline.path(0).path("status").asString()).isEqualTo("submitted");
        assertThat(concern.path("status").asString()).isEqualTo(timeline.path(timeline.size() - 1).path("status").asString());
        assertThat(concern.path("timeline").path(0).path("at").asString()).isNotBlank();
        assertThat(concern.path("caseReference").isNull()).as("the in-app duty side gives no other reference").isTrue();
        assertThat(status.body()).doesNotContain("Pia").doesNotContain("Partner");
    }

    @Test
    void missing_and_wrong_answers_get_the_forms_messages_for_each_field() throws Exception {
        String token = token("springfield-safeguarding-system", "springfield-secret");
        HttpResponse<String> refused = post(token, """
                {"immediateDanger": false, "child": {"lastName": "Partner", "dateOfBirth": "2016-13-40",
                 "address": "1 Station Road", "postcode": "nowhere"}, "levelOfNeed": 7}
                """, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(refused.body()).path("errors");
        assertThat(errors.valueStream().map(error -> error.path("field").asString() + ": " + error.path("message").asString()))
                .contains("child-first-name: Enter the child's first name",
                        "postcode: Enter a real postcode, like ST4 1HH")
                .anyMatch(error -> error.startsWith("date-of-birth: "))
                .anyMatch(error -> error.startsWith("level-of-need: "))
                .anyMatch(error -> error.startsWith("parents-know: "));
        assertThat(post(token, "{not json", null).statusCode()).isEqualTo(400);
    }

    /** Everything the form's "Tell us more about the child" asks, as a partner's system sends it. */
    static final String ABOUT_CHILD = """
            {"gender": "b", "ethnicity": "BAFR", "firstLanguage": "Somali", "interpreterNeeded": true,
             "disability": "yes", "disabilityDetail": "Uses a wheelchair.", "gpPractice": "Hartshill Surgery",
             "household": "Mother\\nTwo younger brothers", "parentalResponsibility": "Mother only",
             "notToBeShared": "The school made this contact."}""";

    @Test
    void a_system_tells_more_about_the_child_with_the_forms_codes_and_rules_and_the_duty_worker_gets_it() throws Exception {
        String token = token("springfield-safeguarding-system", "springfield-secret");
        ObjectNode concern = (ObjectNode) JSON.readTree(concern("Tia"));
        concern.set("aboutChild", JSON.readTree(ABOUT_CHILD));
        HttpResponse<String> created = post(token, concern.toString(), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String reference = JSON.readTree(created.body()).path("reference").asString();
        Concerns.awaitContact(jdbc, reference);
        JsonNode sent = JSON.readTree(jdbc.sql("SELECT contact->'aboutChild' FROM duty_contact WHERE reference = ?")
                .param(reference).query(String.class).single());
        assertThat(sent).isEqualTo(JSON.readTree(ABOUT_CHILD));

        ((ObjectNode) concern.path("aboutChild")).put("ethnicity", "WELSH").put("gender", "female")
                .put("disability", "maybe").put("notToBeShared", "A secret\u0000");
        HttpResponse<String> refused = post(token, concern.toString(), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("errors").valueStream()
                .map(error -> error.path("field").asString() + ": " + error.path("message").asString()))
                .containsExactlyInAnyOrder(
                        "gender: Select the child's gender from the list, or leave it unanswered",
                        "ethnicity: Select the child's ethnicity from the list, or leave it unanswered",
                        "disability: Select yes if the child has a disability, or leave it unanswered",
                        "not-to-be-shared: What must not be shared with the family must not contain control "
                                + "characters (line breaks and tabs are fine)");
        ((ObjectNode) concern.path("aboutChild")).put("interpreterNeeded", "yes");
        assertThat(post(token, concern.toString(), null).statusCode()).as("a yes/no is a boolean").isEqualTo(400);
    }

    @Test
    void a_system_lists_the_people_in_the_household_under_the_forms_rules_each_refusal_naming_its_field() throws Exception {
        String token = token("springfield-safeguarding-system", "springfield-secret");
        String members = """
                [{"name": "Jo Partner", "relationship": "Mother", "livesWithChild": true, "parentalResponsibility": true},
                 {"name": "Sam Partner", "relationship": "Father", "livesWithChild": false, "parentalResponsibility": true}]""";
        ObjectNode concern = (ObjectNode) JSON.readTree(concern("Lia"));
        concern.set("aboutChild", JSON.createObjectNode().set("householdMembers", JSON.readTree(members)));
        HttpResponse<String> created = post(token, concern.toString(), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String reference = JSON.readTree(created.body()).path("reference").asString();
        Concerns.awaitContact(jdbc, reference);
        assertThat(JSON.readTree(jdbc.sql("SELECT contact->'aboutChild'->'householdMembers' FROM duty_contact "
                + "WHERE reference = ?").param(reference).query(String.class).single())).isEqualTo(JSON.readTree(members));

        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put("{\"relationship\": \"Mother\", \"livesWithChild\": true, \"parentalResponsibility\": true}",
                "household-members-2-name: Person 2: enter their name");
        refusals.put("{\"name\": \"Jo\", \"livesWithChild\": true, \"parentalResponsibility\": true}",
                "household-members-2-relationship: Person 2: enter their relationship to the child");
        refusals.put("{\"name\": \"Jo\", \"relationship\": \"Mother\", \"parentalResponsibility\": true}",
                "household-members-2-lives-with-child: Person 2: select yes if they live with the child");
        refusals.put("{\"name\": \"Jo\", \"relationship\": \"Mother\", \"livesWithChild\": true}",
                "household-members-2-parental-responsibility: Person 2: select yes if they have parental "
                        + "responsibility for the child");
        refusals.put("{\"name\": \"" + "J".repeat(101) + "\", \"relationship\": \"Mother\", \"livesWithChild\": true, "
                        + "\"parentalResponsibility\": true}",
                "household-members-2-name: Person 2: their name must be 100 characters or fewer");
        refusals.put("{\"name\": \"Jo\", \"relationship\": \"Mo\\u0000ther\", \"livesWithChild\": true, "
                        + "\"parentalResponsibility\": true}",
                "household-members-2-relationship: Person 2: their relationship to the child must not contain "
                        + "control characters");
        for (var refusal : refusals.entrySet()) {
            var list = (tools.jackson.databind.node.ArrayNode) JSON.readTree(members);
            list.set(1, JSON.readTree(refusal.getKey()));
            ((ObjectNode) concern.path("aboutChild")).set("householdMembers", list);
            HttpResponse<String> refused = post(token, concern.toString(), null);
            assertThat(refused.statusCode()).as(refusal.getValue()).isEqualTo(400);
            assertThat(fieldErrors(refused)).as(refusal.getKey()).containsExactly(refusal.getValue());
        }

        var crowded = (tools.jackson.databind.node.ArrayNode) JSON.readTree(members);
        while (crowded.size() <= ConcernValidator.HOUSEHOLD_MAX) {
            crowded.add(crowded.get(0).deepCopy());
        }
        ((ObjectNode) concern.path("aboutChild")).set("householdMembers", crowded);
        assertThat(fieldErrors(post(token, concern.toString(), null)))
                .containsExactly("household-members: Give up to 10 people in the household");
    }

    private static java.util.List<String> fieldErrors(HttpResponse<String> refused) {
        return JSON.readTree(refused.body()).path("errors").valueStream()
                .map(error -> error.path("field").asString() + ": " + error.path("message").asString()).toList();
    }

    @Test
    void without_a_valid_token_the_api_answers_401() throws Exception {
        assertThat(post(null, concern("Una"), null).statusCode()).isEqualTo(401);
        assertThat(post("not-a-jwt", concern("Una"), null).statusCode()).isEqualTo(401);
        assertThat(get(null, "/api/v1/concerns/FD-2026-000001").statusCode()).isEqualTo(401);
    }

    @Test
    void another_organisations_concern_answers_as_an_unknown_reference_does() throws Exception {
        String springfield = token("springfield-safeguarding-system", "springfield-secret");
        String reference = JSON.readTree(post(springfield, concern("Ola"), null).body()).path("reference").asString();

        HttpResponse<String> foreign = get(token("hanley-safeguarding-system", "hanley-secret"),
                "/api/v1/concerns/" + reference);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Ola").doesNotContain("another organisation");

        HttpResponse<String> unknown = get(springfield, "/api/v1/concerns/FD-1999-999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No concern has the reference FD-1999-999999");
        assertThat(JSON.readTree(foreign.body()).path("title")).isEqualTo(JSON.readTree(unknown.body()).path("title"));
        assertThat(JSON.readTree(foreign.body()).path("detail").asString())
                .isEqualTo("No concern has the reference " + reference);
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_makes_one_concern() throws Exception {
        String token = token("springfield-safeguarding-system", "springfield-secret");
        String key = UUID.randomUUID().toString();
        String firstName = "Ida" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        HttpResponse<String> first = post(token, concern(firstName), key);
        HttpResponse<String> retried = post(token, concern(firstName).replace("\n", " "), key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retried.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(first.body()).path("reference").asString();
        assertThat(JSON.readTree(retried.body()).path("reference").asString()).isEqualTo(reference);
        assertThat(retried.headers().firstValue("Location")).hasValue("/api/v1/concerns/" + reference);
        assertThat(jdbc.sql("SELECT count(*) FROM concern WHERE child_name = ?").param(firstName + " Partner")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_with_a_different_body_is_409_and_makes_no_concern() throws Exception {
        String token = token("springfield-safeguarding-system", "springfield-secret");
        String key = UUID.randomUUID().toString();
        assertThat(post(token, concern("Kit"), key).statusCode()).isEqualTo(201);
        HttpResponse<String> conflict = post(token, concern("Kat"), key);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(conflict.body()).path("detail").asString())
                .contains("Idempotency-Key was used for a different request");
        assertThat(jdbc.sql("SELECT count(*) FROM api_idempotency_key WHERE idempotency_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_client_over_its_rate_limit_gets_429_with_retry_after_while_other_clients_carry_on() throws Exception {
        String busy = forged("rate-limit-test-client");
        HttpResponse<String> limited = null;
        // Two fixed windows hold at most twice the limit, so one more request is refused whenever the minute turns.
        for (int i = 0; i <= 2 * rateLimit && limited == null; i++) {
            HttpResponse<String> response = get(busy, "/api/v1/concerns");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(limited).as("refused within %d requests", 2 * rateLimit + 1).isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(limited.body()).path("status").asInt()).isEqualTo(429);
        assertThat(JSON.readTree(limited.body()).path("detail").asString()).contains("Too many requests");
        assertThat(get(forged("another-rate-limit-test-client"), "/api/v1/concerns").statusCode()).isEqualTo(200);
    }

    @Test
    void the_councils_case_management_system_posts_a_decision_that_lands_on_the_timeline_once() throws Exception {
        String school = token("springfield-safeguarding-system", "springfield-secret");
        String reference = JSON.readTree(post(school, concern("Ezra"), null).body()).path("reference").asString();
        String decision = """
                {"contract":"decision.v1","messageId":"cms-%s","reference":"%s","outcome":"early-help",
                 "outcomeText":"Early help","becameReferral":false,
                 "whatHappensNext":"An early help worker will contact the family.",
                 "contactPoint":"ChAD on 01782 235100","decidedAt":"%s"}""".formatted(reference, reference, Instant.now());
        String caseManagement = api().token("chad-case-management", "chad-secret", "contact-updates");

        HttpResponse<String> accepted = send(caseManagement, "/api/v1/contact-updates", decision);
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.body()).contains("accepted");
        assertThat(send(caseManagement, "/api/v1/contact-updates", decision).body()).contains("already-received");
        assertThat(jdbc.sql("SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                        + "WHERE c.reference = ? AND e.status = 'DECISION'").param(reference).query(Long.class).single())
                .isEqualTo(1);

        assertThat(send(caseManagement, "/api/v1/contact-updates", "{\"contract\":\"decision.v1\"}").statusCode())
                .isEqualTo(400);
        assertThat(send(caseManagement, "/api/v1/contact-updates", decision.replace(reference, "FD-1999-999999")
                .replace("cms-FD-1999-999999", "cms-unknown")).statusCode()).isEqualTo(404);
        assertThat(send(school, "/api/v1/contact-updates", decision).statusCode())
                .as("a school's system has no contact-updates scope").isEqualTo(403);
        assertThat(send(forged("a-school-with-both-scopes"), "/api/v1/contact-updates", decision).statusCode())
                .as("a client not acting for the duty service").isEqualTo(403);
        assertThat(send(null, "/api/v1/contact-updates", decision).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String bearer, String path, String body) throws Exception {
        return api().post(bearer, path, body, Map.of());
    }

    @Test
    void the_openapi_document_is_public_and_names_every_endpoint_and_status_the_api_answers() throws Exception {
        HttpResponse<String> response = get(null, "/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asString()).startsWith("3.");
        JsonNode paths = document.path("paths");
        assertThat(paths.path("/api/v1/concerns").path("post").path("responses").propertyNames())
                .contains("201", "400", "401", "405", "409", "413", "415", "422", "429", "500", "503");
        assertThat(paths.path("/api/v1/concerns").path("get").path("responses").propertyNames())
                .contains("200", "401", "429");
        assertThat(paths.path("/api/v1/concerns/{reference}").path("get").path("responses").propertyNames())
                .contains("200", "401", "403", "404", "429");
        assertThat(paths.path("/api/v1/openapi.json").path("get").path("responses").propertyNames()).contains("200");
        assertThat(paths.path("/api/v1/contact-updates").path("post").path("responses").propertyNames())
                .contains("202", "400", "401", "403", "404", "413", "415", "500", "503");
        assertThat(paths.path("/api/v1/notify/delivery-receipts").path("post").path("responses").propertyNames())
                .contains("202", "400", "401", "404");
        assertThat(paths.path("/api/v1/concerns").path("post").path("parameters").path(0).path("name").asString())
                .isEqualTo("Idempotency-Key");
        for (String schema : new String[] {"NewConcern", "Created", "Errors", "Problem", "ConcernDetail"}) {
            assertThat(document.path("components").path("schemas").has(schema)).as(schema).isTrue();
        }
    }

    private String token(String clientId, String secret) throws Exception {
        return api().token(clientId, secret);
    }

    private String forged(String clientId) {
        return api().forged(signingKeys, clientId, "organisation-of-" + clientId);
    }

    private HttpResponse<String> post(String bearer, String body, String idempotencyKey) throws Exception {
        return api().post(bearer, "/api/v1/concerns", body,
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }

    HttpResponse<String> get(String bearer, String path) throws Exception {
        return api().get(bearer, path);
    }

    private PartnerApiClient api() {
        return new PartnerApiClient(port);
    }
}
