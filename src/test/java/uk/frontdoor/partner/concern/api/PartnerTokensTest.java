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
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The partner API takes a partner system's own client-credentials token, for its audience, from its issuer, with
 * the scope the endpoint needs, and nothing else: a duty social worker's own token never posts a decision.
 */
class PartnerTokensTest extends PortalTest {

    private static final String DECISION = """
            {"contract":"decision.v1","messageId":"tokens-test","reference":"FD-1999-999998","outcome":"early-help",
             "outcomeText":"Early help","becameReferral":false,"whatHappensNext":"A worker will call.",
             "contactPoint":"ChAD on 01782 235100","decidedAt":"2026-11-10T10:00:00Z"}""";

    @LocalServerPort int port;
    @Autowired JWKSource<SecurityContext> signingKeys;

    @Test
    void a_client_token_with_the_right_scope_audience_and_issuer_is_taken() throws Exception {
        assertThat(concerns(api().clientsToken("tokens-test-school", "school-springfield")).statusCode()).isEqualTo(200);
        HttpResponse<String> update = updates(api().clientsToken("tokens-test-chad", "chad"));
        assertThat(update.statusCode()).as("unknown reference, past every token check").isEqualTo(404);
    }

    @Test
    void a_persons_token_is_refused_even_for_the_duty_service_with_every_scope() throws Exception {
        JwtClaimsSet.Builder dutyWorker = api().clientsToken("duty", "chad")
                .claim(CurrentUser.ROLES_CLAIM, List.of("DUTY_SOCIAL_WORKER"));
        assertThat(updates(dutyWorker).statusCode()).isEqualTo(401);
        JwtClaimsSet.Builder noClient = api().clientsToken("duty", "chad").claims(claims -> claims.remove("client_id"));
        assertThat(updates(noClient).statusCode()).isEqualTo(401);
    }

    @Test
    void the_built_in_providers_sign_in_tokens_are_not_for_the_api() throws Exception {
        // What the provider gives the portal for a person: their roles, the portal as audience, no client_id.
        JwtClaimsSet.Builder signIn = api().clientsToken("manager", "chad").audience(List.of("frontdoor"))
                .claim(CurrentUser.ROLES_CLAIM, List.of("DUTY_MANAGER")).claims(claims -> claims.remove("client_id"));
        assertThat(updates(signIn).statusCode()).isEqualTo(401);
        assertThat(concerns(signIn).statusCode()).isEqualTo(401);
    }

    @Test
    void another_audience_or_issuer_is_an_invalid_token() throws Exception {
        HttpResponse<String> audience = concerns(api().clientsToken("tokens-test-school", "school-springfield")
                .audience(List.of("another-api")));
        assertThat(audience.statusCode()).isEqualTo(401);
        assertThat(audience.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(header ->
                assertThat(header).contains("invalid_token"));
        assertThat(concerns(api().clientsToken("tokens-test-school", "school-springfield")
                .issuer("https://elsewhere.example")).statusCode()).isEqualTo(401);
        assertThat(concerns(api().clientsToken("tokens-test-school", "school-springfield")
                .claims(claims -> claims.remove("aud"))).statusCode()).isEqualTo(401);
    }

    @Test
    void each_endpoint_needs_its_own_scope() throws Exception {
        HttpResponse<String> noConcerns = concerns(api().clientsToken("tokens-test-school", "school-springfield")
                .claim("scope", "contact-updates"));
        assertThat(noConcerns.statusCode()).isEqualTo(403);
        assertThat(noConcerns.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(updates(api().clientsToken("tokens-test-chad", "chad").claim("scope", "concerns")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_missing_scope_is_challenged_as_rfc_6750_says_naming_the_scope() throws Exception {
        HttpResponse<String> noConcerns = concerns(api().clientsToken("tokens-test-school", "school-springfield")
                .claim("scope", "contact-updates"));
        assertThat(noConcerns.statusCode()).isEqualTo(403);
        assertThat(noConcerns.headers().allValues("WWW-Authenticate")).singleElement().satisfies(header -> assertThat(header)
                .startsWith("Bearer ").contains("error=\"insufficient_scope\"").contains("scope=\"concerns\""));
        assertThat(noConcerns.body()).contains("\"status\":403").contains("concerns");
        HttpResponse<String> noUpdates = updates(api().clientsToken("tokens-test-chad", "chad").claim("scope", "concerns"));
        assertThat(noUpdates.headers().allValues("WWW-Authenticate")).singleElement().satisfies(header -> assertThat(header)
                .contains("error=\"insufficient_scope\"").contains("scope=\"contact-updates\""));
    }

    @Test
    void an_invalid_token_is_challenged_as_invalid_and_no_token_is_asked_for_one() throws Exception {
        HttpResponse<String> forged = api().get("not-a-token", "/api/v1/concerns");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().allValues("WWW-Authenticate")).singleElement().satisfies(header -> assertThat(header)
                .startsWith("Bearer ").contains("error=\"invalid_token\""));
        assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> none = api().get(null, "/api/v1/concerns");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().allValues("WWW-Authenticate")).singleElement().satisfies(header -> assertThat(header)
                .startsWith("Bearer").doesNotContain("error="));
    }

    @Test
    void the_built_in_provider_gives_each_client_only_its_registered_scopes_and_the_api_audience() throws Exception {
        String school = api().token("springfield-safeguarding-system", "springfield-secret");
        assertThat(api().get(school, "/api/v1/concerns").statusCode()).isEqualTo(200);
        assertThat(api().post(school, "/api/v1/contact-updates", DECISION, Map.of()).statusCode()).isEqualTo(403);
        String caseManagement = api().token("chad-case-management", "chad-secret", "contact-updates");
        assertThat(api().post(caseManagement, "/api/v1/contact-updates", DECISION, Map.of()).statusCode()).isEqualTo(404);
        assertThat(api().get(caseManagement, "/api/v1/concerns").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> concerns(JwtClaimsSet.Builder claims) throws Exception {
        return api().get(PartnerApiClient.signed(signingKeys, claims.build()), "/api/v1/concerns");
    }

    private HttpResponse<String> updates(JwtClaimsSet.Builder claims) throws Exception {
        return api().post(PartnerApiClient.signed(signingKeys, claims.build()), "/api/v1/contact-updates", DECISION,
                Map.of());
    }

    private PartnerApiClient api() {
        return new PartnerApiClient(port);
    }
}
