package uk.frontdoor.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The embedded default's OpenID Connect provider (Spring Authorization Server), so a fresh machine can
 * sign in with the demo accounts. In production it is switched off and the portal trusts the council's
 * issuer instead ({@code FRONTDOOR_IDP_ENABLED=false} plus the standard Spring OAuth2 client settings).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "frontdoor.idp.enabled", havingValue = "true")
class BuiltInIdentityProvider {

    static final String LOGIN_PAGE = "/idp/login";

    /**
     * The provider's own chain. Its sign-in lives in the same HTTP session as the portal's, so it keeps
     * its security context and saved request under separate keys and the two never overwrite each other.
     */
    @Bean
    @Order(1)
    SecurityFilterChain identityProviderChain(HttpSecurity http, ForgetfulAuthorizations authorizations)
            throws Exception {
        OAuth2AuthorizationServerConfigurer provider = new OAuth2AuthorizationServerConfigurer();
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey("FRONTDOOR_IDP_SECURITY_CONTEXT");
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setSessionAttrName("FRONTDOOR_IDP_SAVED_REQUEST");
        http.securityMatcher(new OrRequestMatcher(provider.getEndpointsMatcher(),
                        PathPatternRequestMatcher.withDefaults().matcher("/idp/**")))
                .with(provider, configurer -> configurer.oidc(oidc -> oidc.logoutEndpoint(logout -> logout
                        .logoutResponseHandler(forgetOnSignOut(authorizations)))))
                .authorizeHttpRequests(requestsAllowed -> requestsAllowed
                        .requestMatchers("/idp/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                        .failureUrl(LOGIN_PAGE + "?error"))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requests))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** Signing out at the provider ends the sign-in's record too; then the provider's usual redirect. */
    private static AuthenticationSuccessHandler forgetOnSignOut(ForgetfulAuthorizations authorizations) {
        OidcLogoutAuthenticationSuccessHandler signedOut = new OidcLogoutAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            if (authentication instanceof OidcLogoutAuthenticationToken logout && logout.getIdToken() != null) {
                authorizations.forgetSignIn(logout.getIdToken().getTokenValue());
            }
            signedOut.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** What the provider authorized, kept only while it can still be asked for (ForgetfulAuthorizations). */
    @Bean
    ForgetfulAuthorizations authorizationService(Clock clock) {
        return new ForgetfulAuthorizations(clock);
    }

    /** A portal session that ends, however it ends, lets the provider forget the sign-in it holds soon after. */
    @Bean
    HttpSessionListener forgetSignInsWithTheirSessions(ForgetfulAuthorizations authorizations) {
        return new HttpSessionListener() {
            @Override
            public void sessionDestroyed(HttpSessionEvent event) {
                if (event.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                instanceof org.springframework.security.core.context.SecurityContext context
                        && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal() instanceof OidcUser person) {
                    authorizations.forgetSoon(person.getIdToken().getTokenValue());
                }
            }
        };
    }

    @Bean
    UserDetailsService demoUsers(DemoAccounts accounts) {
        return new InMemoryUserDetailsManager(accounts.accounts().stream()
                .map(account -> User.withUsername(account.username())
                        .password("{noop}" + account.password())
                        .roles(account.roles().toArray(String[]::new))
                        .build())
                .toList());
    }

    @Bean
    BuiltInClients builtInClients(Environment environment) {
        return new BuiltInClients(environment);
    }

    /**
     * A partner system's token names its client, its registered organisation and the partner API as its audience (as
     * a Keycloak service account's does); a person's tokens carry their roles, organisation, name and email instead.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> frontDoorClaims(DemoAccounts accounts, BuiltInClients clients,
            @Value("${frontdoor.api.audience}") String apiAudience) {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    && AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                String clientId = context.getRegisteredClient().getClientId();
                clients.apiClient(clientId).ifPresent(client -> context.getClaims()
                        .audience(List.of(apiAudience))
                        .claim(PartnerTokens.CLIENT_ID_CLAIM, clientId)
                        .claim(CurrentUser.ORGANISATION_CLAIM, client.organisation()));
                return;
            }
            accounts.find(context.getPrincipal().getName()).ifPresent(account -> context.getClaims()
                    .claim(CurrentUser.ROLES_CLAIM, account.roles())
                    .claim(CurrentUser.ORGANISATION_CLAIM, account.organisation())
                    .claim("name", account.name())
                    .claim("email", account.email()));
        };
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** A fresh signing key at each start: sessions do not outlive a restart anyway. */
    @Bean
    JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The partner API trusts the built-in provider's keys directly, without calling itself over HTTP. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
        return NimbusJwtDecoder.withJwkSource(signingKeys).build();
    }
}
