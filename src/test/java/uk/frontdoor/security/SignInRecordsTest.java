package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpSession;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Real HTTP: the built-in provider keeps no record of a sign-in once its person has signed out, nor of a partner
 * system's token, however many there were.
 */
class SignInRecordsTest extends PortalTest {

    private static final int SIGN_INS = 6;

    @LocalServerPort int port;
    @Autowired ForgetfulAuthorizations authorizations;
    @Autowired ServletWebServerApplicationContext webServer;
    @Autowired ObjectProvider<OAuth2AuthorizedClientService> authorizedClients;

    @Test
    void signing_in_and_out_again_and_again_leaves_no_record_behind() throws Exception {
        int before = authorizations.size();
        for (int i = 0; i < SIGN_INS; i++) {
            Browser browser = new Browser();
            browser.signIn("teacher");
            assertThat(authorizations.size()).as("signed in %d", i + 1).isEqualTo(before + i + 1);

            // The built-in registration names no end-session endpoint: the portal's sign-out ends the one session
            // the portal and its provider share, and comes home.
            assertThat(browser.signOut()).isEqualTo("http://localhost:" + port + "/");
            assertThat(browser.get("/my-concerns").statusCode()).as("signed out").isEqualTo(302);
        }
        assertThat(authorizations.size()).as("kept a moment for a sign-out on its way").isLessThanOrEqualTo(before + SIGN_INS);
        authorizations.sweep(Instant.now().plus(ForgetfulAuthorizations.AFTER_SESSION).plusSeconds(1));
        // Not more than before: a sign-in another test ended may be forgotten in the same sweep.
        assertThat(authorizations.size()).as("after %d sign-ins and sign-outs", SIGN_INS).isLessThanOrEqualTo(before);
    }

    /**
     * A signed-in session holds what signing out needs (the ID token, in its principal) and no more: neither the
     * session nor any store keeps the sign-in's access token, and the provider issued no refresh token to keep.
     */
    @Test
    void a_sign_in_keeps_no_access_or_refresh_token() throws Exception {
        Browser browser = new Browser();
        browser.signIn("teacher");
        try {
            List<Object> attributes = new ArrayList<>();
            for (Container context : ((TomcatWebServer) webServer.getWebServer()).getTomcat().getHost().findChildren()) {
                for (Session session : ((Context) context).getManager().findSessions()) {
                    HttpSession http = session.getSession();
                    Collections.list(http.getAttributeNames()).forEach(name -> attributes.add(http.getAttribute(name)));
                }
            }
            assertThat(attributes).as("session attributes").isNotEmpty()
                    .noneMatch(value -> value instanceof OAuth2AuthorizedClient || value instanceof Map<?, ?> map
                            && map.values().stream().anyMatch(OAuth2AuthorizedClient.class::isInstance));
            authorizedClients.ifAvailable(service -> assertThat(
                    (OAuth2AuthorizedClient) service.loadAuthorizedClient("frontdoor", "teacher")).isNull());
            assertThat(authorizations.records()).as("provider's records").isNotEmpty()
                    .allSatisfy(record -> assertThat(record.getRefreshToken()).isNull());
        } finally {
            browser.signOut();
        }
    }

    @Test
    void partner_systems_tokens_leave_no_record() throws Exception {
        int before = authorizations.size();
        for (int i = 0; i < SIGN_INS; i++) {
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "springfield-safeguarding-system:springfield-secret".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=concerns"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(200);
        }
        assertThat(authorizations.size()).isEqualTo(before);
    }

    /** One person's browser: its own cookies, redirects followed by hand. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        void signIn(String username) throws IOException, InterruptedException {
            String authorize = get("/oauth2/authorization/frontdoor").headers().firstValue("Location").orElseThrow();
            get(authorize);
            HttpResponse<String> signedIn = post("/idp/login", "username=" + username + "&password=" + username
                    + "&_csrf=" + encode(find(get("/idp/login").body(), "name=\"_csrf\" value=\"([^\"]+)\"")));
            String callback = get(signedIn.headers().firstValue("Location").orElseThrow())
                    .headers().firstValue("Location").orElseThrow();
            assertThat(get(callback).statusCode()).isEqualTo(302);
        }

        /** @return where the portal sends the browser next */
        String signOut() throws IOException, InterruptedException {
            HttpResponse<String> page = get("/my-concerns");
            assertThat(page.statusCode()).isEqualTo(200);
            HttpResponse<String> signOut = post("/logout",
                    "_csrf=" + encode(find(page.body(), "<meta name=\"_csrf\" content=\"([^\"]+)\"")));
            assertThat(signOut.statusCode()).isEqualTo(302);
            return signOut.headers().firstValue("Location").orElseThrow();
        }

        HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s", regex).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
