package uk.frontdoor.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import uk.frontdoor.messaging.NotifySettings;

/**
 * Deny by default. The partner API is a stateless OAuth2 resource server, rate limited per client, whose
 * OpenAPI description alone is public; everything else is the Vaadin
 * portal, signed in with OpenID Connect (authorization code with PKCE). Roles and organisation come from
 * the token's claims.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String SIGN_IN = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
            + "/" + BuiltInClients.PORTAL;
    /** The partner API's description, readable without a token. */
    static final String OPENAPI = "/api/v1/openapi.json";
    static final String NOTIFY_CALLBACKS = "/api/v1/notify/**";
    static final String DELIVERY_RECEIPTS = "/api/v1/notify/delivery-receipts";

    /** Before the partner API's chain, whose /api/** would otherwise ask Notify for an OAuth2 token. */
    @Bean
    @Order(0)
    SecurityFilterChain notifyCallbackChain(HttpSecurity http, NotifySettings notify) throws Exception {
        return http.securityMatcher(NOTIFY_CALLBACKS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, DELIVERY_RECEIPTS).hasAuthority(NotifyCallbackToken.AUTHORITY)
                        .anyRequest().denyAll())
                .addFilterBefore(new NotifyCallbackToken(notify.callbackToken()), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new BearerTokenAuthenticationEntryPoint()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain partnerApiChain(HttpSecurity http,
            @Value("${frontdoor.api.rate-limit-per-minute:60}") int rateLimitPerMinute) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, OPENAPI).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }))
                .addFilterAfter(new ApiRateLimit(rateLimitPerMinute, Clock.systemUTC()),
                        BearerTokenAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain portalChain(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(requests -> requests
                        // An error page is shown with the status that caused it, not replaced by a bare 403.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health/**", "/styles/**", "/icons/**", "/manifest.webmanifest",
                                "/error").permitAll())
                .oauth2Login(login -> login.loginPage(SIGN_IN)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(rolesFromClaims())))
                .with(vaadin(), vaadin -> vaadin.oauth2LoginPage(SIGN_IN)
                        // An address that is no route reaches Vaadin, signed in, for its "Page not found"; each view
                        // still names the roles that open it, and everything else is denied by them.
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /** Maps the {@code roles} claim to Spring authorities, so {@code @RolesAllowed} on views works. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> rolesFromClaims() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
            CurrentUser.roles(user.getClaimAsStringList(CurrentUser.ROLES_CLAIM))
                    .forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
        };
    }
}
