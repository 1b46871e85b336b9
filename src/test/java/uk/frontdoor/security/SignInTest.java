package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Actuator;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/** Real HTTP against the running portal: OpenID Connect sign-in with PKCE, sign-out, and the partner API's tokens. */
class SignInTest extends PortalTest {

    @LocalServerPort int port;
    @Autowired JWKSource<SecurityContext> signingKeys;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/concern", "/concern/check", "/my-concerns", "/concerns/FD-2026-000001", "/duty",
            "/duty/contact/00000000-0000-0000-0000-000000000000"})
    void an_unauthenticated_request_to_any_view_goes_to_sign_in(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/frontdoor"));
    }

    @Test
    void health_shows_anyone_its_status_alone() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "\"db\"", "details");
        assertThat(Actuator.health(port, "a-wrong-token")).doesNotContain("\"db\"", "\"components\"");
    }

    @Test
    void health_shows_the_monitoring_system_the_database_the_broker_and_the_outbox_with_details() {
        assertThat(Actuator.health(port)).contains(Actuator.component("db", "UP"), Actuator.component("jms", "UP"),
                Actuator.component("outbox", "UP"));
        assertThat(Actuator.health(port, Actuator.HEALTH_TOKEN)).contains("\"details\"", "PostgreSQL");
    }

    @Test
    void the_web_manifest_and_icon_are_served_before_sign_in_so_the_portal_can_be_added_to_a_home_screen()
            throws Exception {
        HttpResponse<String> manifest = get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/manifest+json"));
        assertThat(manifest.body()).contains("\"start_url\": \"/\"", "/icons/front-door.svg");
        assertThat(get("/icons/front-door.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void a_teacher_signs_in_with_openid_connect_and_pkce_then_signs_out() throws Exception {
        HttpResponse<String> authorize = get("/oauth2/authorization/frontdoor");
        String authorizeUrl = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(authorizeUrl).contains("code_challenge=").contains("code_challenge_method=S256");

        HttpResponse<String> toSignIn = get(authorizeUrl);
        assertThat(toSignIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/idp/login"));
        HttpResponse<String> signInPage = get("/idp/login");
        assertThat(signInPage.body()).contains("<label class=\"fd-label\" for=\"username\">Username</label>");

        HttpResponse<String> wrong = post("/idp/login", "username=teacher&password=wrong&_csrf=" + csrf(signInPage.body()));
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/idp/login?error"));

        HttpResponse<String> signedIn = post("/idp/login", "username=teacher&password=teacher&_csrf="
                + csrf(get("/idp/login").body()));
        HttpResponse<String> code = get(signedIn.headers().firstValue("Location").orElseThrow());
        String callback = code.headers().firstValue("Location").orElseThrow();
        assertThat(callback).contains("/login/oauth2/code/frontdoor?code=");
        HttpResponse<String> landed = get(callback);
        assertThat(landed.statusCode()).isEqualTo(302);

        HttpResponse<String> myConcerns = get("/my-concerns");
        assertThat(myConcerns.statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = post("/logout", "_csrf=" + metaCsrf(myConcerns.body()));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(get("/my-concerns").statusCode()).isEqualTo(302);
    }

    @Test
    void the_partner_api_refuses_a_missing_a_forged_and_an_expired_token() throws Exception {
        assertThat(api(null).statusCode()).isEqualTo(401);
        assertThat(api(token(anotherKey(), Instant.now().plusSeconds(300))).statusCode()).isEqualTo(401);
        assertThat(api(token(signingKeys, Instant.now().minusSeconds(60))).statusCode()).isEqualTo(401);
        assertThat(api("not-a-jwt").statusCode()).isEqualTo(401);
    }

    @Test
    void a_schools_system_with_client_credentials_lists_only_its_own_schools_concerns() throws Exception {
        String own = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Fay", "Api"));
        String other = Concerns.raise(drafts, concerns, DemoUser.GP, Answers.complete("Gus", "Api"));
        HttpResponse<String> tokenResponse = browser.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "springfield-safeguarding-system:springfield-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=concerns"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        String accessToken = field(tokenResponse.body(), "access_token");

        HttpResponse<String> listing = api(accessToken);
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.body()).contains(own).doesNotContain(other).doesNotContain("Fay");
    }

    private HttpResponse<String> api(String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/concerns")).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(JWKSource<SecurityContext> keys, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("springfield-safeguarding-system")
                .issuer("http://localhost:" + port).issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt)
                .claim(CurrentUser.ORGANISATION_CLAIM, "school-springfield").build();
        return new NimbusJwtEncoder(keys).encode(JwtEncoderParameters.from(claims)).getTokenValue();
    }

    private static JWKSource<SecurityContext> anotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        return new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate()).keyID("forger").build()));
    }

    private HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
    }

    private static String csrf(String html) {
        return encode(find(html, "name=\"_csrf\" value=\"([^\"]+)\""));
    }

    private static String metaCsrf(String html) {
        return encode(find(html, "<meta name=\"_csrf\" content=\"([^\"]+)\""));
    }

    private static String field(String json, String name) {
        return find(json, "\"" + name + "\"\\s*:\\s*\"([^\"]+)\"");
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text.length() > 300 ? text.substring(0, 300) : text).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
