package uk.frontdoor.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Sign-in through the council's own OpenID Connect provider (FRONTDOOR_IDP_ENABLED=false), configured endpoint by
 * endpoint because the browser and the portal often reach the provider at different addresses, so discovery at
 * start-up cannot work. What discovery would have given is set here instead: the issuer every ID token must name
 * (without it Spring checks no issuer at all), and the end-session endpoint, so signing out also ends the session
 * at the provider and the next person on a shared phone must sign in again.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "frontdoor.idp.enabled", havingValue = "false")
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class ExternalProvider {

    static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    @Bean
    InMemoryClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
            @Value("${frontdoor.oidc.issuer:}") String issuer, @Value("${frontdoor.oidc.end-session-uri:}") String endSession) {
        return new InMemoryClientRegistrationRepository(registrations(properties, issuer, endSession));
    }

    static List<ClientRegistration> registrations(OAuth2ClientProperties properties, String issuer, String endSession) {
        if (issuer.isBlank()) {
            throw new IllegalStateException("FRONTDOOR_OIDC_ISSUER is needed with an external OpenID Connect provider: "
                    + "every ID token is checked against it");
        }
        List<ClientRegistration> registrations = new ArrayList<>();
        for (ClientRegistration configured : new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().values()) {
            Map<String, Object> metadata = new HashMap<>(configured.getProviderDetails().getConfigurationMetadata());
            if (!endSession.isBlank()) {
                metadata.put(END_SESSION_ENDPOINT, endSession);
            }
            registrations.add(ClientRegistration.withClientRegistration(configured)
                    .issuerUri(issuer).providerConfigurationMetadata(metadata).build());
        }
        return registrations;
    }
}
