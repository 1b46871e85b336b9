package uk.frontdoor.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import uk.frontdoor.api.ApiProblems;
import uk.frontdoor.api.BodyLimit;
import uk.frontdoor.api.ErrorDispatch;

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
    static final String CONCERNS = "/api/v1/concerns";
    static final String CONTACT_UPDATES = "/api/v1/contact-updates";
    static final String PLACEMENTS = "/api/v1/placements";
    static final String NOTIFY_CALLBACKS = "/api/v1/notify/**";
    static final String DELIVERY_RECEIPTS = "/api/v1/notify/delivery-receipts";

    /**
     * First: the container's error dispatch of an API request (a firewall rejection, a {@code sendError}) is answered
     * with its own status as problem details, instead of passing the portal's rules to {@code /error}, being denied
     * as 403 and starting a session.
     */
    @Bean
    @Order(-1)
    SecurityFilterChain apiErrorDispatchChain(HttpSecurity http, ApiProblems problems) throws Exception {
        http.securityMatcher(ErrorDispatch::ofApi)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new ErrorDispatch(problems), AnonymousAuthenticationFilter.class);
        return statelessApi(http, problems).build();
    }

    /**
     * Before the partner API's chain, whose /api/** would otherwise ask Notify for an OAuth2 token. The token is read
     * here, not from messaging's NotifySettings, so that security depends on no feature.
     */
    @Bean
    @Order(0)
    SecurityFilterChain notifyCallbackChain(HttpSecurity http, ApiProblems problems,
            @Value("${frontdoor.notifications.notify.callback-token:}") String callbackToken) throws Exception {
        http.securityMatcher(NOTIFY_CALLBACKS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, DELIVERY_RECEIPTS).hasAuthority(NotifyCallbackToken.AUTHORITY)
                        .anyRequest().denyAll())
                .addFilterBefore(new NotifyCallbackToken(callbackToken.strip()), AnonymousAuthenticationFilter.class);
        return statelessApi(http, problems).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain partnerApiChain(HttpSecurity http, ApiProblems problems,
            @Value("${frontdoor.api.rate-limit-per-minute:60}") int rateLimitPerMinute,
            @Value("${frontdoor.api.audience}") String audience, @Value("${frontdoor.oidc.issuer:}") String issuer,
            ObjectProvider<BuiltInClients> builtIn) throws Exception {
        BuiltInClients provider = builtIn.getIfAvailable();
        PartnerTokens tokens = new PartnerTokens(provider != null ? provider::issuers : () -> Set.of(issuer), audience);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, OPENAPI).permitAll()
                        .requestMatchers(CONCERNS, CONCERNS + "/**").hasAuthority(PartnerScope.CONCERNS.authority())
                        .requestMatchers(CONTACT_UPDATES).hasAuthority(PartnerScope.CONTACT_UPDATES.authority())
                        .requestMatchers(PLACEMENTS).hasAuthority(PartnerScope.PLACEMENTS.authority())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problemsAfterBearer(problems))
                        .accessDeniedHandler(problems(problems)))
                .addFilterAfter(new ApiRateLimit(rateLimitPerMinute, Clock.systemUTC(), problems),
                        BearerTokenAuthenticationFilter.class);
        return statelessApi(http, problems).build();
    }

    /**
     * What every API chain shares: no session and no saved request (no JSESSIONID), no CSRF (no cookies to forge),
     * bodies of at most 64 KB, and 401 and 403 as problem details, WWW-Authenticate included.
     */
    private static HttpSecurity statelessApi(HttpSecurity http, ApiProblems problems) throws Exception {
        return http
                .addFilterBefore(new BodyLimit(problems), SecurityContextHolderFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problemsAfterBearer(problems))
                        .accessDeniedHandler(problems(problems)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
    }

    /** The bearer entry point's 401 and WWW-Authenticate header, then the problem's body. */
    private static AuthenticationEntryPoint problemsAfterBearer(ApiProblems problems) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, failure) -> {
            bearer.commence(request, response, failure);
            problems.resolveException(request, response, null, failure);
        };
    }

    /** 403 as problem details; ApiProblems adds RFC 6750's insufficient_scope challenge when a scope was missing. */
    private static AccessDeniedHandler problems(ApiProblems problems) {
        return (request, response, denied) -> problems.resolveException(request, response, null, denied);
    }

    /** Where the provider sends the browser back after signing out, as every provider's client registers it. */
    static final String POST_SIGN_OUT = "{baseUrl}/";

    @Bean
    @Order(3)
    SecurityFilterChain portalChain(HttpSecurity http, ClientRegistrationRepository registrations, CouncilAccess access,
            @Value("${frontdoor.management.health-token:}") String healthToken) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(requests -> requests
                        // An error page is shown with the status that caused it, not replaced by a bare 403.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health/**", "/styles/**", "/icons/**", "/manifest.webmanifest",
                                "/error").permitAll())
                .oauth2Login(login -> login.loginPage(SIGN_IN)
                        .authorizedClientRepository(new SignInTokensNotKept())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(rolesFromClaims(access))))
                .addFilterBefore(new HealthMonitorToken(healthToken), AnonymousAuthenticationFilter.class)
                // Back to the home page after the provider ended its session: "{baseUrl}/", exactly as the built-in
                // client and the Keycloak realm register it (Vaadin's default, "{baseUrl}", was refused by Keycloak as
                // an invalid redirect, so its session outlived the sign-out: KeycloakIT).
                .with(vaadin(), vaadin -> vaadin.oauth2LoginPage(SIGN_IN, POST_SIGN_OUT)
                        // An address that is no route reaches Vaadin, signed in, for its "Page not found"; each view
                        // still names the roles that open it, and everything else is denied by them.
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * Maps the {@code roles} claim to Spring authorities, so {@code @RolesAllowed} on views (and health's details for
     * operators) work. A council side's role counts only from that side's organisation, as in the services.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> rolesFromClaims(CouncilAccess access) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
            CurrentUser person = CurrentUser.fromClaims(user);
            person.roles().stream().filter(role -> access.grants(person, role))
                    .forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
        };
    }
}
