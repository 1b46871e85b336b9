package uk.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testsupport.ConcernBurst;
import uk.frontdoor.testsupport.FreePort;
import uk.frontdoor.testsupport.PackagedPortal;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.PhoneBrowser;
import uk.frontdoor.testsupport.StandaloneKeycloak;

/**
 * The compose realm on a real Keycloak (its Maven distribution, its own process, no Docker) and the packaged portal
 * set up as docker-compose.yml sets it: the demo teacher signs in through Keycloak's own page in Chromium with PKCE
 * and raises a concern; the partner API takes a token from the realm and refuses one from another issuer; signing
 * out of the portal ends the session at Keycloak, so the next person must sign in again.
 */
class KeycloakIT {

    @Test
    void teacher_signs_in_through_keycloak_with_pkce_raises_a_concern_and_signing_out_ends_the_keycloak_session()
            throws Exception {
        int portalPort = FreePort.any();
        try (StandaloneKeycloak keycloak = StandaloneKeycloak.launch(portalPort)) {
            Map<String, String> environment = new HashMap<>(CrashIT.ENVIRONMENT);
            environment.putAll(keycloak.portalEnvironment());
            environment.put("PORT", Integer.toString(portalPort));
            // Both start at once: the portal asks Keycloak nothing until the first sign-in (no discovery).
            try (PackagedPortal portal = PackagedPortal.start(environment)) {
                keycloak.awaitReady();
                try (PhoneBrowser phone = PhoneBrowser.open(Path.of("target", "screenshots", "keycloak"))) {
                    Page page = phone.page();
                    page.navigate("http://localhost:" + portalPort + "/");
                    page.waitForURL(Pattern.compile(Pattern.quote(keycloak.issuer()) + "/protocol/openid-connect/auth\\?.*"));
                    assertThat(page.url()).as("the authorization request").contains("code_challenge=")
                            .contains("code_challenge_method=S256").contains("client_id=frontdoor");
                    signInAtKeycloak(page, "teacher");
                    phone.expectHeading("What do you want to do?");
                    assertThat(page.locator("body")).containsText("Tess Teacher");

                    String reference = phone.raiseConcern("Kiera", "Keycloak");
                    assertThat(reference).matches("FD-\\d{4}-\\d{6}");

                    page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Sign out")).click();
                    // Keycloak ends its session and sends the browser back; the portal then asks it again, and with
                    // no session left Keycloak shows its sign-in page instead of signing the teacher straight back in.
                    page.waitForURL(Pattern.compile(Pattern.quote(keycloak.issuer()) + "/protocol/openid-connect/auth\\?.*"));
                    assertThat(page.locator("#username")).isVisible();
                }

                PartnerApiClient api = new PartnerApiClient(portal.port());
                String realmToken = PartnerApiClient.accessToken(api.tokenResponse(URI.create(keycloak.tokenEndpoint("frontdoor")),
                        ConcernBurst.CLIENT, ConcernBurst.SECRET, "grant_type=client_credentials&scope=concerns"));
                assertThat(api.post(realmToken, "/api/v1/concerns", ConcernBurst.body("kc-1"), Map.of("Idempotency-Key", "kc-1"))
                        .statusCode()).as("a concern with the realm's client token").isEqualTo(201);
                String otherIssuer = PartnerApiClient.accessToken(api.tokenResponse(URI.create(keycloak.tokenEndpoint("master")),
                        "admin-cli", null, "grant_type=password&client_id=admin-cli&username=" + StandaloneKeycloak.ADMIN
                                + "&password=" + StandaloneKeycloak.ADMIN));
                assertThat(api.post(otherIssuer, "/api/v1/concerns", ConcernBurst.body("kc-2"), Map.of("Idempotency-Key", "kc-2"))
                        .statusCode()).as("a concern with a token from another issuer (Keycloak's master realm)").isEqualTo(401);
            }
        }
    }

    private static void signInAtKeycloak(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(username);
        page.locator("#kc-login").click();
    }
}
