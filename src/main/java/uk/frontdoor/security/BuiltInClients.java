package uk.frontdoor.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Both ends of the built-in sign-in: the portal as a registered client of the built-in provider, and the
 * provider as the portal's client registration. Addresses are worked out from the port the server really
 * listens on, so tests on a random port sign in the same way as {@code mvn spring-boot:run} on 8080.
 */
class BuiltInClients implements RegisteredClientRepository, ClientRegistrationRepository {

    static final String PORTAL = "frontdoor";

    /** Secrets are kept only as bcrypt hashes, as the provider checks them; the portal's own in clear for its side. */
    private static final PasswordEncoder HASHES = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final Environment environment;
    private final String portalSecret = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
    private final String portalSecretHash = HASHES.encode(portalSecret);
    /** Each API client's hashed secret, by client id and secret, hashed once: bcrypt is slow on purpose. */
    private final Map<DemoAccounts.ApiClient, String> clientSecretHashes = new ConcurrentHashMap<>();

    BuiltInClients(Environment environment) {
        this.environment = environment;
    }

    /** The addresses the provider names itself by: it takes its issuer from the address a client called it at. */
    Set<String> issuers() {
        Set<String> issuers = new HashSet<>(Set.of(base("localhost"), base("127.0.0.1")));
        String publicUrl = environment.getProperty("frontdoor.public-url", "");
        if (!publicUrl.isBlank()) {
            issuers.add(publicUrl.replaceAll("/+$", ""));
        }
        return issuers;
    }

    private String base(String host) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://" + host + ":" + port;
    }

    private DemoAccounts accounts() {
        return org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("frontdoor.idp", DemoAccounts.class).get();
    }

    Optional<DemoAccounts.ApiClient> apiClient(String clientId) {
        return accounts().apiClients().stream()
                .filter(client -> client.clientId().equals(clientId))
                .findFirst();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!PORTAL.equals(registrationId)) {
            return null;
        }
        String issuer = base("localhost");
        return ClientRegistration.withRegistrationId(PORTAL)
                .clientId(PORTAL)
                .clientSecret(portalSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
                .issuerUri(issuer)
                // The browser goes to the provider by the host it used; the server calls it on loopback.
                .authorizationUri("/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .userInfoUri(issuer + "/userinfo")
                .userNameAttributeName("sub")
                .clientName("Front door")
                .build();
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (PORTAL.equals(clientId)) {
            return portal();
        }
        return apiClient(clientId)
                .map(client -> registered(client.clientId(), client.clientId(),
                        clientSecretHashes.computeIfAbsent(client, unhashed -> HASHES.encode(unhashed.secret())),
                        builder -> builder
                                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                                .scopes(scopes -> scopes.addAll(client.scopes()))))
                .orElse(null);
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    /**
     * Nothing to store: the clients come from configuration. The provider calls this only to re-encode a
     * secret after a successful sign-in, and the next start builds them from configuration again.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        // Deliberately empty; see above.
    }

    private RegisteredClient portal() {
        return registered(PORTAL, PORTAL, portalSecretHash, builder -> builder
                // No refresh tokens: a sign-in lasts as long as its portal session, which never asks for a new
                // access token, and each would be kept in the provider's record for as long as the session.
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(Set.of(
                        base("localhost") + "/login/oauth2/code/" + PORTAL,
                        base("127.0.0.1") + "/login/oauth2/code/" + PORTAL)))
                .postLogoutRedirectUris(uris -> uris.addAll(Set.of(base("localhost") + "/", base("127.0.0.1") + "/")))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build()));
    }

    private static RegisteredClient registered(String id, String clientId, String secret,
            Consumer<RegisteredClient.Builder> grants) {
        RegisteredClient.Builder builder = RegisteredClient.withId(id)
                .clientId(clientId)
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build());
        grants.accept(builder);
        return builder.build();
    }
}
