package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The headers every response carries, the session cookie's flags with and without a TLS-terminating proxy in front,
 * and the token endpoint holding back a guessed-at client, over real HTTP.
 */
class WebDefencesTest extends PortalTest {

    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort int port;

    @Test
    void a_page_carries_the_content_security_policy_and_the_other_defences() throws Exception {
        HttpResponse<String> page = get("/idp/login", Map.of());

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(WebDefences.contentSecurityPolicy(""));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValue(WebDefences.PERMISSIONS_POLICY);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("not over plain http").isEmpty();
    }

    @Test
    void an_api_response_carries_them_too() throws Exception {
        HttpResponse<String> api = get("/api/v1/openapi.json", Map.of());

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(api.headers().firstValue("Permissions-Policy")).isPresent();
    }

    @Test
    void a_script_module_or_style_sheet_goes_without_the_document_policies_but_keeps_nosniff() throws Exception {
        String script = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/VAADIN/webapp/VAADIN/build/FlowClient-*.js")[0].getFilename();
        for (String path : List.of("/VAADIN/build/" + script, "/styles/portal.css")) {
            HttpResponse<String> subresource = get(path, Map.of());
            assertThat(subresource.statusCode()).as(path).isEqualTo(200);
            assertThat(subresource.headers().firstValue("Content-Security-Policy")).as(path).isEmpty();
            assertThat(subresource.headers().firstValue("Permissions-Policy")).as(path).isEmpty();
            assertThat(subresource.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        assertThat(get("/sw.js", Map.of()).headers().firstValue("Content-Security-Policy"))
                .as("a service worker is governed by the policy it arrives with").isPresent();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_secure_when_the_proxy_took_https() throws Exception {
        String plain = sessionCookie(get("/idp/login", Map.of()));
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> behindProxy = get("/idp/login", Map.of("X-Forwarded-Proto", "https"));
        assertThat(sessionCookie(behindProxy)).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(behindProxy.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void the_token_endpoint_answers_429_with_retry_after_once_a_clients_secret_is_guessed_at() throws Exception {
        String client = "guessed-" + UUID.randomUUID();
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES_FREE; i++) {
            assertThat(token(client).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> held = token(client);
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.headers().firstValue("Retry-After")).hasValue("30");
    }

    private HttpResponse<String> token(String clientId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":guess").getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
