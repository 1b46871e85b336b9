package uk.frontdoor.partner.concern.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.api.BodyLimit;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Every status the partner API answers other than success, over real HTTP: RFC 9457 problem details with the true
 * status (never a disguised 403), and never a session cookie.
 */
@ExtendWith(OutputCaptureExtension.class)
class HonestErrorsTest extends PortalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONCERNS = "/api/v1/concerns";
    private static final String UPDATES = "/api/v1/contact-updates";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JWKSource<SecurityContext> signingKeys;

    @AfterEach
    void theDatabaseWorksAgain() {
        jdbc.sql("DROP TRIGGER IF EXISTS honest_errors_test ON concern").update();
        jdbc.sql("DROP FUNCTION IF EXISTS honest_errors_test()").update();
    }

    @Test
    void a_method_the_api_does_not_take_is_405_naming_those_it_does() throws Exception {
        HttpResponse<String> put = api().send("PUT", school(), CONCERNS, "application/json",
                BodyPublishers.ofString(PartnerApiTest.concern("Pam")), Map.of());
        problem(put, 405);
        assertThat(put.headers().firstValue("Allow").orElse("")).contains("GET").contains("POST");
        problem(api().send("DELETE", school(), CONCERNS + "/FD-2026-000001", null, BodyPublishers.noBody(), Map.of()), 405);
        problem(api().send("PUT", caseManagement(), UPDATES, "application/json", BodyPublishers.ofString("{}"), Map.of()), 405);
    }

    @Test
    void a_body_that_is_not_json_is_415_whatever_the_endpoint() throws Exception {
        for (String contentType : new String[] {"text/plain", "application/*", "application/xml"}) {
            problem(api().send("POST", school(), CONCERNS, contentType,
                    BodyPublishers.ofString(PartnerApiTest.concern("Tia")), Map.of()), 415);
            problem(api().send("POST", caseManagement(), UPDATES, contentType, BodyPublishers.ofString("{}"), Map.of()), 415);
        }
        problem(api().send("POST", school(), CONCERNS, null, BodyPublishers.ofString(PartnerApiTest.concern("Tia")),
                Map.of()), 415);
    }

    @Test
    void an_address_the_api_does_not_have_is_404() throws Exception {
        problem(api().get(school(), "/api/v1/nothing-here"), 404);
        problem(api().get(school(), CONCERNS + "/FD-1999-999999"), 404);
    }

    @Test
    void no_token_is_401_with_www_authenticate_and_another_services_endpoint_is_403() throws Exception {
        HttpResponse<String> anonymous = api().get(null, CONCERNS);
        problem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        problem(api().post("not-a-jwt", CONCERNS, PartnerApiTest.concern("Una"), Map.of()), 401);
        problem(api().post(school(), UPDATES, "{}", Map.of()), 403);
        problem(api().post(null, "/api/v1/notify/delivery-receipts", "{}", Map.of()), 401);
    }

    @Test
    void a_body_over_64_kb_is_413_whether_its_length_is_declared_or_it_comes_in_chunks() throws Exception {
        String huge = PartnerApiTest.concern("Hugo").replace("Came to school hungry", "x".repeat(BodyLimit.MAX_BYTES));
        problem(api().post(school(), CONCERNS, huge, Map.of()), 413);
        problem(api().send("POST", caseManagement(), UPDATES, "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())), Map.of()), 413);
        assertThat(jdbc.sql("SELECT count(*) FROM concern WHERE child_name = 'Hugo Partner'").query(Long.class).single())
                .isZero();
    }

    @Test
    void a_child_in_immediate_danger_is_422_telling_the_partner_to_call_999() throws Exception {
        HttpResponse<String> refused = api().post(school(), CONCERNS,
                PartnerApiTest.concern("Ivy").replace("\"immediateDanger\": false", "\"immediateDanger\": true"), Map.of());
        assertThat(problem(refused, 422).path("detail").asString()).contains("call 999").contains("01782 235100");
        assertThat(jdbc.sql("SELECT count(*) FROM concern WHERE child_name = 'Ivy Partner'").query(Long.class).single())
                .isZero();
    }

    @Test
    void an_unexpected_failure_is_500_with_a_reference_in_the_log_and_no_details(CapturedOutput log) throws Exception {
        failInsertsOf("Bryn Partner", "XX000");
        JsonNode failed = problem(api().post(school(), CONCERNS, PartnerApiTest.concern("Bryn"), Map.of()), 500);
        String reference = failed.path("reference").asString();
        assertThat(reference).isNotBlank();
        assertThat(failed.path("detail").asString()).contains(reference);
        assertThat(failed.toString()).doesNotContain("Bryn").doesNotContain("Exception").doesNotContain("trigger");
        String logged = (log.getOut() + log.getErr()).lines().filter(line -> line.contains(reference))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(logged).as("the operator finds the reference in the log").contains("Unexpected failure " + reference)
                .doesNotContain("Bryn").doesNotContain("refused by the test");
        assertThat(log.getOut() + log.getErr()).doesNotContain("Bryn");
    }

    @Test
    void while_the_database_disk_is_full_a_write_is_503_with_retry_after_and_nothing_is_stored() throws Exception {
        failInsertsOf("Dora Partner", "disk_full");
        HttpResponse<String> unavailable = api().post(school(), CONCERNS, PartnerApiTest.concern("Dora"), Map.of());
        problem(unavailable, 503);
        assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("30");
        theDatabaseWorksAgain();
        assertThat(jdbc.sql("SELECT count(*) FROM concern WHERE child_name = 'Dora Partner'").query(Long.class).single())
                .isZero();
    }

    @Test
    void a_request_the_firewall_rejects_keeps_its_400_instead_of_becoming_403() throws Exception {
        problem(api().get(school(), CONCERNS + "/FD-2026-000001;x=1"), 400);
    }

    @Test
    void a_decision_with_an_impossible_time_or_a_nul_in_its_id_breaks_the_contract_400() throws Exception {
        String decision = """
                {"contract":"decision.v1","messageId":"cms-honest-errors","reference":"FD-1999-999998","outcome":"nfa",
                 "outcomeText":"No further action","becameReferral":false,"whatHappensNext":"Nothing.",
                 "contactPoint":"ChAD","decidedAt":"%s"}""";
        JsonNode impossible = problem(api().post(caseManagement(), UPDATES,
                decision.formatted("2020-02-30T99:00:00Z"), Map.of()), 400);
        assertThat(impossible.path("errors").path(0).path("message").asString()).contains("decidedAt");
        problem(api().post(caseManagement(), UPDATES,
                decision.formatted(Instant.now()).replace("cms-honest-errors", "cms-\\u0000"), Map.of()), 400);
        problem(api().post(caseManagement(), UPDATES, decision.formatted(Instant.now()), Map.of()), 404);
    }

    /** Makes the database refuse one child's concern with this SQLSTATE, as a full disk or a fault would. */
    private void failInsertsOf(String childName, String sqlState) {
        jdbc.sql("""
                CREATE FUNCTION honest_errors_test() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.child_name = '%s' THEN RAISE EXCEPTION 'refused by the test' USING ERRCODE = '%s'; END IF;
                  RETURN NEW;
                END $$""".formatted(childName, sqlState)).update();
        jdbc.sql("CREATE TRIGGER honest_errors_test BEFORE INSERT ON concern FOR EACH ROW EXECUTE FUNCTION honest_errors_test()")
                .update();
    }

    /** The answer is a problem with this status, said twice (header and body), and starts no session. */
    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session cookie").isEmpty();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    private String school() {
        return api().forged(signingKeys, "honest-errors-school", "school-springfield");
    }

    private String caseManagement() {
        return api().forged(signingKeys, "honest-errors-case-management", "chad");
    }

    private PartnerApiClient api() {
        return new PartnerApiClient(port);
    }
}
