package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The council's own provider, configured without discovery: ID tokens from another issuer are refused, and signing
 * out knows where to end the provider's session.
 */
class ExternalProviderTest {

    private static final String ISSUER = "http://localhost:8180/realms/frontdoor";
    private static final String END_SESSION = ISSUER + "/protocol/openid-connect/logout";

    @Test
    void an_id_token_must_name_the_councils_issuer() {
        ClientRegistration registration = ExternalProvider.registrations(keycloak(), ISSUER, END_SESSION).getFirst();
        OidcIdTokenValidator validator = new OidcIdTokenValidator(registration);

        assertThat(validator.validate(idToken(ISSUER)).hasErrors()).isFalse();
        assertThat(validator.validate(idToken("https://elsewhere.example/realms/frontdoor")).getErrors())
                .anySatisfy(error -> assertThat(error.getDescription()).contains("iss"));
    }

    @Test
    void signing_out_ends_the_session_at_the_provider() {
        ClientRegistration registration = ExternalProvider.registrations(keycloak(), ISSUER, END_SESSION).getFirst();

        assertThat(registration.getProviderDetails().getConfigurationMetadata())
                .containsEntry(ExternalProvider.END_SESSION_ENDPOINT, END_SESSION);
        assertThat(registration.getProviderDetails().getTokenUri())
                .as("the configured endpoints are kept").isEqualTo("http://keycloak:8080/token");
    }

    @Test
    void without_the_issuer_the_portal_does_not_start() {
        assertThatThrownBy(() -> ExternalProvider.registrations(keycloak(), "", END_SESSION))
                .hasMessageContaining("FRONTDOOR_OIDC_ISSUER");
    }

    private static OAuth2ClientProperties keycloak() {
        OAuth2ClientProperties properties = new OAuth2ClientProperties();
        OAuth2ClientProperties.Registration registration = new OAuth2ClientProperties.Registration();
        registration.setProvider("frontdoor");
        registration.setClientId("frontdoor");
        registration.setClientSecret("secret");
        registration.setAuthorizationGrantType("authorization_code");
        registration.setRedirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
        registration.setScope(java.util.Set.of("openid"));
        properties.getRegistration().put("frontdoor", registration);
        OAuth2ClientProperties.Provider provider = new OAuth2ClientProperties.Provider();
        provider.setAuthorizationUri(ISSUER + "/auth");
        provider.setTokenUri("http://keycloak:8080/token");
        provider.setJwkSetUri("http://keycloak:8080/certs");
        provider.setUserInfoUri("http://keycloak:8080/userinfo");
        provider.setUserNameAttribute("sub");
        properties.getProvider().put("frontdoor", provider);
        return properties;
    }

    private static Jwt idToken(String issuer) {
        Instant now = Instant.now();
        return Jwt.withTokenValue("id-token").header("alg", "RS256").issuer(issuer).subject("teacher")
                .audience(List.of("frontdoor")).issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim("azp", "frontdoor").build();
    }
}
