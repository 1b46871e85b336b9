package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Every endpoint of the partner API, Notify's callback and health, against every kind of caller and each
 * organisation's concern: the status each gets is written out here row by row, not worked out from the security
 * rules, so a rule that opens to one caller too many (or an added endpoint nobody listed) fails. Screens are
 * {@link RouteAccessMatrixTest}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessMatrixTest extends PortalTest {

    /** Who calls, with which token. */
    enum Caller {
        NO_TOKEN,
        NOT_A_TOKEN,
        SPRINGFIELD_SYSTEM,
        /** Springfield's own client, its token naming the other scope: what a provider set up wrongly would issue. */
        SPRINGFIELD_SYSTEM_WITH_CONTACT_UPDATES_SCOPE,
        HANLEY_SYSTEM,
        CHAD_CASE_MANAGEMENT,
        CHAD_CASE_MANAGEMENT_WITH_CONCERNS_SCOPE,
        /** A duty manager's own sign-in token from our provider: roles, the portal as audience, no client. */
        DUTY_MANAGERS_SIGN_IN,
        NOTIFY_CALLBACK,
        /** The fostering service's placement system: scope placements. */
        STOKE_PLACEMENT_SYSTEM,
        /** Springfield's own client, its token naming the placements scope: still not the fostering service. */
        SPRINGFIELD_SYSTEM_WITH_PLACEMENTS_SCOPE
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired JWKSource<SecurityContext> signingKeys;
    @Autowired ApplicationContext context;

    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final List<Row> rows = new ArrayList<>();

    /** One request to one endpoint, and the status each caller gets. */
    private record Row(String endpoint, String description, Request request, Map<Caller, Integer> expected) {
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send(PartnerApiClient api, String bearer) throws Exception;
    }

    @BeforeAll
    void everyEndpointAndWhatEachCallerGets() throws Exception {
        PartnerApiClient api = api();
        tokens.put(Caller.NOT_A_TOKEN, "not-a-token");
        tokens.put(Caller.SPRINGFIELD_SYSTEM, api.token("springfield-safeguarding-system", "springfield-secret"));
        tokens.put(Caller.SPRINGFIELD_SYSTEM_WITH_CONTACT_UPDATES_SCOPE, signed(api.clientsToken(
                "springfield-safeguarding-system", "school-springfield").claim("scope", "contact-updates")));
        tokens.put(Caller.HANLEY_SYSTEM, api.token("hanley-safeguarding-system", "hanley-secret"));
        tokens.put(Caller.CHAD_CASE_MANAGEMENT, api.token("chad-case-management", "chad-secret", "contact-updates"));
        tokens.put(Caller.CHAD_CASE_MANAGEMENT_WITH_CONCERNS_SCOPE, signed(api.clientsToken("chad-case-management",
                "chad").claim("scope", "concerns")));
        tokens.put(Caller.DUTY_MANAGERS_SIGN_IN, signed(api.clientsToken("manager", "chad").audience(List.of("frontdoor"))
                .claim(CurrentUser.ROLES_CLAIM, List.of("DUTY_MANAGER")).claims(claims -> claims.remove("client_id"))));
        tokens.put(Caller.NOTIFY_CALLBACK, NOTIFY_CALLBACK_TOKEN);
        tokens.put(Caller.STOKE_PLACEMENT_SYSTEM, api.token("stoke-placement-system", "stoke-placement-secret", "placements"));
        tokens.put(Caller.SPRINGFIELD_SYSTEM_WITH_PLACEMENTS_SCOPE, signed(api.clientsToken(
                "springfield-safeguarding-system", "school-springfield").claim("scope", "placements")));

        String springfield = raise(tokens.get(Caller.SPRINGFIELD_SYSTEM), "Sana");
        String hanley = raise(tokens.get(Caller.HANLEY_SYSTEM), "Hal");

        row("GET /api/v1/concerns", "the caller's organisation's concerns", get("/api/v1/concerns"),
                statuses(401, 401, 200, 403, 200, 403, 200, 401, 401, 403, 403));
        row("POST /api/v1/concerns", "a new concern", (client, bearer) -> client.post(bearer, "/api/v1/concerns",
                PartnerApiClient.concern("Matrix"), Map.of()), statuses(401, 401, 201, 403, 201, 403, 201, 401, 401, 403, 403));
        row("GET /api/v1/concerns/{reference}", "Springfield's concern", get("/api/v1/concerns/" + springfield),
                statuses(401, 401, 200, 403, 404, 403, 404, 401, 401, 403, 403));
        row("GET /api/v1/concerns/{reference}", "Hanley's concern", get("/api/v1/concerns/" + hanley),
                statuses(401, 401, 404, 403, 200, 403, 404, 401, 401, 403, 403));
        row("POST /api/v1/contact-updates", "a decision on Springfield's concern", decisionOn(springfield),
                statuses(401, 401, 403, 403, 403, 202, 403, 401, 401, 403, 403));
        row("POST /api/v1/contact-updates", "a decision on Hanley's concern", decisionOn(hanley),
                statuses(401, 401, 403, 403, 403, 202, 403, 401, 401, 403, 403));
        String placement = "PL-9" + (System.nanoTime() % 100000);
        String placementStarted = """
                {"contract":"placement.v1","messageId":"matrix-%s","placement":"%s","event":"started","sequence":1,
                 "carerOrganisation":"fostering-stoke","carer":"another-carer","childFirstName":"Mo",
                 "childDateOfBirth":"2017-05-01","placementType":"respite","startedOn":"%s","childSocialWorker":"Ade Okoro",
                 "childSocialWorkerPhone":"01782 231001","supervisingSocialWorker":"Lena Marsh",
                 "supervisingSocialWorkerPhone":"01782 232001","delegatedAuthority":"Respite weekend only.",
                 "sentBy":"Liquidlogic LCS","sentAt":"%s"}""".formatted(placement, placement, java.time.LocalDate.now(),
                Instant.now());
        row("POST /api/v1/placements", "a placement started by the fostering service's system",
                (client, bearer) -> client.post(bearer, "/api/v1/placements", placementStarted, Map.of()),
                statuses(401, 401, 403, 403, 403, 403, 403, 401, 401, 202, 403));
        row("POST /api/v1/notify/delivery-receipts", "a receipt for no notification of ours",
                (client, bearer) -> client.post(bearer, "/api/v1/notify/delivery-receipts", receipt(), Map.of()),
                statuses(401, 401, 401, 401, 401, 401, 401, 401, 404, 401, 401));
        row("GET /api/v1/openapi.json", "the API's description", get("/api/v1/openapi.json"),
                statuses(200, 401, 200, 200, 200, 200, 200, 401, 401, 200, 200));
        // Health's status is for anyone (a load balancer); no API token opens anything more of the actuator.
        row("GET /actuator/health", "health's status", get("/actuator/health"),
                statuses(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            row("GET /actuator/health/**", probe, get(probe), statuses(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        }
        row("GET /actuator", "the actuator's links: the portal's sign-in first", get("/actuator"),
                statuses(302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302));
    }

    @Test
    void every_api_and_actuator_endpoint_is_in_the_matrix() {
        Set<String> mapped = new LinkedHashSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/") || path.startsWith("/actuator"))
                        .forEach(path -> info.getMethodsCondition().getMethods()
                                .forEach(method -> mapped.add(method + " " + path)))));
        Set<String> listed = new LinkedHashSet<>(rows.stream().map(Row::endpoint).toList());
        assertThat(mapped).as("endpoints the portal maps").isNotEmpty();
        assertThat(listed).as("endpoints nobody said who may call").containsAll(mapped);
    }

    @Test
    void each_caller_gets_exactly_the_status_written_for_it() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            for (Caller caller : Caller.values()) {
                int status = row.request().send(api(), tokens.get(caller)).statusCode();
                if (status != row.expected().get(caller)) {
                    wrong.add(caller + " got " + status + " (not " + row.expected().get(caller) + ") for "
                            + row.endpoint() + ", " + row.description());
                }
            }
        }
        assertThat(wrong).as("who was let in, kept out or told too much").isEmpty();
    }

    @Test
    void a_client_lists_only_its_own_organisations_concerns() throws Exception {
        String springfield = raise(tokens.get(Caller.SPRINGFIELD_SYSTEM), "Lia");
        String hanley = raise(tokens.get(Caller.HANLEY_SYSTEM), "Hob");
        assertThat(listed(Caller.SPRINGFIELD_SYSTEM)).contains(springfield).doesNotContain(hanley);
        assertThat(listed(Caller.HANLEY_SYSTEM)).contains(hanley).doesNotContain(springfield);
    }

    @Test
    void the_built_in_provider_gives_no_client_a_scope_it_was_not_registered_with() throws Exception {
        assertThat(api().tokenResponse("springfield-safeguarding-system", "springfield-secret", "contact-updates")
                .statusCode()).isEqualTo(400);
        assertThat(api().tokenResponse("chad-case-management", "chad-secret", "concerns").statusCode()).isEqualTo(400);
    }

    private String listed(Caller caller) throws Exception {
        return api().get(tokens.get(caller), "/api/v1/concerns").body();
    }

    private void row(String endpoint, String description, Request request, Map<Caller, Integer> expected) {
        rows.add(new Row(endpoint, description, request, expected));
    }

    /** The statuses in the order of {@link Caller}'s constants, one for each. */
    private static Map<Caller, Integer> statuses(int... statuses) {
        assertThat(statuses).as("one status for each caller").hasSize(Caller.values().length);
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, statuses[caller.ordinal()]);
        }
        return expected;
    }

    private static Request get(String path) {
        return (client, bearer) -> client.get(bearer, path);
    }

    /** A decision.v1, new each time it is sent, so an accepted one is never a repeat of the last. */
    private static Request decisionOn(String reference) {
        return (client, bearer) -> client.post(bearer, "/api/v1/contact-updates", """
                {"contract":"decision.v1","messageId":"matrix-%s","reference":"%s","outcome":"early-help",
                 "outcomeText":"Early help","becameReferral":false,"whatHappensNext":"A worker will call.",
                 "contactPoint":"ChAD on 01782 235100","decidedAt":"%s"}""".formatted(UUID.randomUUID(), reference,
                Instant.now()), Map.of());
    }

    /** As GOV.UK Notify sends one, for a message the portal never sent. */
    private static String receipt() {
        return """
                {"id":"%s","reference":"matrix-unknown-message","to":"07700900982","status":"delivered",
                 "created_at":"2026-11-22T10:15:30.000000Z","completed_at":"2026-11-22T10:15:31.000000Z",
                 "sent_at":"2026-11-22T10:15:30.500000Z","notification_type":"sms"}""".formatted(UUID.randomUUID());
    }

    private String raise(String bearer, String firstName) throws Exception {
        HttpResponse<String> created = api().post(bearer, "/api/v1/concerns", PartnerApiClient.concern(firstName),
                Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("reference").asString();
    }

    private String signed(JwtClaimsSet.Builder claims) {
        return PartnerApiClient.signed(signingKeys, claims.build());
    }

    private PartnerApiClient api() {
        return new PartnerApiClient(port);
    }
}
