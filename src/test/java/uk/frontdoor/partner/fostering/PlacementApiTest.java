package uk.frontdoor.partner.fostering;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.PortalTest;

/**
 * POST /api/v1/placements: the council's placement system (its own client, scope placements, acting for the fostering
 * service) sends placement.v1, checked against the contract and applied by the queue's code; every refusal is a problem
 * detail with its true status.
 */
class PlacementApiTest extends PortalTest {


    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JWKSource<SecurityContext> signingKeys;

    private final MadePlacements made = new MadePlacements();

    @AfterEach
    void removeThePlacementsMade() {
        made.removeAll(jdbc);
    }

    private PartnerApiClient api() {
        return new PartnerApiClient(port);
    }

    private String placementSystem() throws Exception {
        return api().token("stoke-placement-system", "stoke-placement-secret", "placements");
    }

    private HttpResponse<String> post(String bearer, String body) throws Exception {
        return api().post(bearer, "/api/v1/placements", body, Map.of());
    }

    @Test
    void the_placement_system_starts_and_ends_a_placement_once_and_a_late_start_stays_ended() throws Exception {
        String token = placementSystem();
        String placement = made.next();
        String started = PlacementIntakeTest.event(placement, "started", 1, null);

        HttpResponse<String> first = post(token, started);
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).contains("\"status\":\"applied\"");
        HttpResponse<String> retry = post(token, started);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.body()).contains("\"status\":\"already-received\"");
        assertThat(jdbc.sql("SELECT count(*) FROM placement WHERE reference = ?").param(placement).query(Long.class)
                .single()).isEqualTo(1);

        String ended = LocalDate.now().toString();
        assertThat(post(token, PlacementIntakeTest.event(placement, "ended", 3, ended)).body()).contains("applied");
        HttpResponse<String> late = post(token, PlacementIntakeTest.event(placement, "changed", 2, null));
        assertThat(late.statusCode()).isEqualTo(202);
        assertThat(late.body()).contains("\"status\":\"superseded\"");
        assertThat(jdbc.sql("SELECT ended_on::text FROM placement WHERE reference = ?").param(placement)
                .query(String.class).single()).isEqualTo(ended);
    }

    @Test
    void a_message_that_breaks_the_contract_is_a_400_naming_the_fields() throws Exception {
        String placement = made.next();
        HttpResponse<String> noEnd = post(placementSystem(),
                PlacementIntakeTest.event(placement, "ended", 1, null));
        assertThat(noEnd.statusCode()).isEqualTo(400);
        assertThat(noEnd.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(noEnd.body()).contains("endedOn");

        HttpResponse<String> wrongType = post(placementSystem(),
                PlacementIntakeTest.event(placement, "started", 1, null).replace("\"sequence\":1", "\"sequence\":\"1\""));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("sequence");

        HttpResponse<String> duplicateKey = post(placementSystem(),
                PlacementIntakeTest.event(placement, "started", 1, null).replace("\"event\"", "\"carer\":\"carer\",\"event\""));
        assertThat(duplicateKey.statusCode()).as("a duplicate key").isEqualTo(400);

        HttpResponse<String> notJson = api().send("POST", placementSystem(), "/api/v1/placements", "text/plain",
                java.net.http.HttpRequest.BodyPublishers.ofString("placement"), Map.of());
        assertThat(notJson.statusCode()).isEqualTo(415);

        HttpResponse<String> unknownField = post(placementSystem(),
                PlacementIntakeTest.event(placement, "started", 1, null).replace("\"event\"", "\"religion\":\"x\",\"event\""));
        assertThat(unknownField.statusCode()).isEqualTo(400);

        HttpResponse<String> otherService = post(placementSystem(), PlacementIntakeTest.event(placement, "started", 1,
                "carer", "fostering-elsewhere", null, LocalDate.now().toString()));
        assertThat(otherService.statusCode()).isEqualTo(400);
        assertThat(otherService.body()).contains("carerOrganisation");
        assertThat(jdbc.sql("SELECT count(*) FROM placement WHERE reference = ?").param(placement).query(Long.class)
                .single()).isZero();
    }

    @Test
    void only_the_fostering_services_placement_system_may_send_placements() throws Exception {
        String body = PlacementIntakeTest.event(made.next(), "started", 1, null);
        assertThat(post(null, body).statusCode()).isEqualTo(401);
        assertThat(post("not-a-token", body).statusCode()).isEqualTo(401);
        HttpResponse<String> school = post(api().token("springfield-safeguarding-system", "springfield-secret"), body);
        assertThat(school.statusCode()).isEqualTo(403);
        assertThat(school.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("insufficient_scope", "scope=\"placements\""));
        // A school's client whose token carries the scope (a provider set up wrongly) still does not act for the service.
        String scopedSchool = PartnerApiClient.signed(signingKeys, api().clientsToken("springfield-safeguarding-system",
                "school-springfield").claim("scope", "placements").build());
        assertThat(post(scopedSchool, body).statusCode()).isEqualTo(403);
        assertThat(api().tokenResponse("springfield-safeguarding-system", "springfield-secret", "placements")
                .statusCode()).as("the built-in provider gives no school the scope").isEqualTo(400);
        assertThat(api().tokenResponse("stoke-placement-system", "stoke-placement-secret", "concerns").statusCode())
                .isEqualTo(400);
    }

    @Test
    void the_openapi_document_describes_the_endpoint_and_its_statuses() throws Exception {
        HttpResponse<String> document = api().get(null, "/api/v1/openapi.json");
        assertThat(document.statusCode()).isEqualTo(200);
        var responses = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document.body())
                .path("paths").path("/api/v1/placements").path("post").path("responses");
        assertThat(responses.propertyNames()).contains("202", "400", "401", "403", "413", "415", "500", "503");
    }
}
