package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import uk.frontdoor.Application;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The portal as docker-compose runs it against Keycloak (FRONTDOOR_IDP_ENABLED=false, every endpoint given, no
 * discovery) starts, checks ID tokens against the issuer, and sends the browser to the provider with PKCE.
 * Its own JVM: a second portal with other settings.
 */
@Tag("own-jvm")
class ExternalProviderStartTest {

    private static final String KEYCLOAK = "http://localhost:8180/realms/frontdoor";
    private static final String INSIDE = "http://keycloak.invalid:8080/realms/frontdoor/protocol/openid-connect";

    @Test
    void the_portal_starts_with_the_councils_provider_and_sends_people_there_to_sign_in() throws Exception {
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class).run(
                "--frontdoor.data-directory=" + PortalTest.freshDataDirectory(),
                "--server.port=0",
                "--frontdoor.demo=true",
                "--frontdoor.idp.enabled=false",
                "--frontdoor.oidc.issuer=" + KEYCLOAK,
                "--frontdoor.oidc.end-session-uri=" + KEYCLOAK + "/protocol/openid-connect/logout",
                "--spring.security.oauth2.client.registration.frontdoor.provider=frontdoor",
                "--spring.security.oauth2.client.registration.frontdoor.client-id=frontdoor",
                "--spring.security.oauth2.client.registration.frontdoor.client-secret=secret",
                "--spring.security.oauth2.client.registration.frontdoor.authorization-grant-type=authorization_code",
                "--spring.security.oauth2.client.registration.frontdoor.scope=openid,profile,email",
                "--spring.security.oauth2.client.registration.frontdoor.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                "--spring.security.oauth2.client.provider.frontdoor.authorization-uri=" + KEYCLOAK + "/protocol/openid-connect/auth",
                "--spring.security.oauth2.client.provider.frontdoor.token-uri=" + INSIDE + "/token",
                "--spring.security.oauth2.client.provider.frontdoor.jwk-set-uri=" + INSIDE + "/certs",
                "--spring.security.oauth2.client.provider.frontdoor.user-info-uri=" + INSIDE + "/userinfo",
                "--spring.security.oauth2.client.provider.frontdoor.user-name-attribute=sub",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + INSIDE + "/certs",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + KEYCLOAK,
                "--spring.artemis.embedded.server-id=8")) {
            ClientRegistration registration = portal.getBean(ClientRegistrationRepository.class)
                    .findByRegistrationId("frontdoor");
            assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(KEYCLOAK);
            assertThat(registration.getProviderDetails().getConfigurationMetadata())
                    .containsEntry(ExternalProvider.END_SESSION_ENDPOINT, KEYCLOAK + "/protocol/openid-connect/logout");

            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
            HttpResponse<String> signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + SecurityConfiguration.SIGN_IN)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                    .startsWith(KEYCLOAK + "/protocol/openid-connect/auth?")
                    .contains("client_id=frontdoor", "code_challenge_method=S256"));
        }
    }
}
