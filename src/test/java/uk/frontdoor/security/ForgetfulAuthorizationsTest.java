package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** The built-in provider forgets what nothing can ask for again, and keeps what signing out needs. */
class ForgetfulAuthorizationsTest {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);
    private static final RegisteredClient PORTAL = RegisteredClient.withId("portal").clientId("frontdoor")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .redirectUri("http://localhost/login/oauth2/code/frontdoor").build();

    private Instant now = Instant.parse("2026-12-02T09:00:00Z");
    private final ForgetfulAuthorizations authorizations = new ForgetfulAuthorizations(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void a_sign_in_is_kept_while_its_session_lives_and_forgotten_soon_after_it_ends() {
        authorizations.save(signIn("a", "id-token-a"));
        authorizations.save(signIn("b", "id-token-b"));
        later(Duration.ofHours(8));
        authorizations.sweep();
        assertThat(authorizations.findByToken("id-token-a", ID_TOKEN)).isNotNull();

        authorizations.forgetSoon("id-token-a");
        later(ForgetfulAuthorizations.AFTER_SESSION.minusSeconds(1));
        authorizations.sweep();
        assertThat(authorizations.findByToken("id-token-a", ID_TOKEN))
                .as("a sign-out redirect may still come after the session ended").isNotNull();
        later(Duration.ofSeconds(2));
        authorizations.sweep();
        assertThat(authorizations.findByToken("id-token-a", ID_TOKEN)).isNull();
        assertThat(authorizations.findByToken("id-token-b", ID_TOKEN)).isNotNull();
        assertThat(authorizations.size()).isEqualTo(1);
    }

    @Test
    void signing_out_forgets_the_sign_in_at_once() {
        authorizations.save(signIn("a", "id-token-a"));
        authorizations.forgetSignIn("id-token-a");
        assertThat(authorizations.findByToken("id-token-a", ID_TOKEN)).isNull();
        assertThat(authorizations.size()).isZero();
    }

    @Test
    void a_code_never_exchanged_is_forgotten_once_it_has_expired() {
        authorizations.save(OAuth2Authorization.withRegisteredClient(PORTAL).id("unfinished").principalName("teacher")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).build());
        later(ForgetfulAuthorizations.UNFINISHED.plusSeconds(1));
        authorizations.sweep();
        assertThat(authorizations.findById("unfinished")).isNull();
        assertThat(authorizations.size()).isZero();
    }

    @Test
    void a_partner_systems_token_is_not_kept_at_all() {
        for (int i = 0; i < 1_000; i++) {
            authorizations.save(OAuth2Authorization.withRegisteredClient(PORTAL).id("partner-" + i)
                    .principalName("springfield-safeguarding-system")
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-" + i, now,
                            now.plusSeconds(300))).build());
        }
        assertThat(authorizations.size()).isZero();
    }

    private OAuth2Authorization signIn(String id, String idToken) {
        return OAuth2Authorization.withRegisteredClient(PORTAL).id(id).principalName("teacher")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-" + id, now,
                        now.plusSeconds(300)))
                .token(new OidcIdToken(idToken, now, now.plus(Duration.ofMinutes(30)), Map.of("sub", "teacher")))
                .build();
    }

    private void later(Duration duration) {
        now = now.plus(duration);
    }
}
