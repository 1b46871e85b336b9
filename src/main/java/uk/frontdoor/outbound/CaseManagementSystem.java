package uk.frontdoor.outbound;

import java.net.http.HttpClient;
import javax.net.ssl.SSLContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.ContractViolation;
import uk.frontdoor.messaging.RefusedByExternalSystem;

/**
 * The council's case-management system over HTTPS: each contact is POSTed as its contract JSON to {url}/contacts
 * (messages to {url}/messages) with a client-credentials bearer token and our message id as the Idempotency-Key,
 * so a retry after a lost answer is recognised there too. The system answers 2xx with {"reference": "..."}, its own
 * reference, which is recorded on the contact. README: "The case-management adapter".
 */
@Component("caseManagementSystem")
public class CaseManagementSystem extends CouncilSystemAdapter {

    private static final String REGISTRATION = "case-management";
    private static final String PORTAL = "frontdoor-portal";

    private final OutboundSettings.CaseManagement settings;
    private final JsonMapper json;
    private final RestClient http;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager tokens;
    private final InMemoryOAuth2AuthorizedClientService issuedTokens;

    CaseManagementSystem(OutboundSettings outbound, SSLContext outboundSslContext, JsonMapper json,
            ExternalDeliveries deliveries) {
        super(json, deliveries, DeliverBy.CASE_MANAGEMENT);
        this.settings = outbound.caseManagement();
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .sslContext(outboundSslContext).connectTimeout(settings.connectTimeout()).build());
        requests.setReadTimeout(settings.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        if (outbound.uses(DeliverBy.CASE_MANAGEMENT)) {
            InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration());
            this.issuedTokens = new InMemoryOAuth2AuthorizedClientService(registrations);
            this.tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, issuedTokens);
            RestClientClientCredentialsTokenResponseClient tokenEndpoint = new RestClientClientCredentialsTokenResponseClient();
            tokenEndpoint.setRestClient(RestClient.builder().requestFactory(requests)
                    .configureMessageConverters(converters -> converters.registerDefaults()
                            .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                    .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());
            tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                    .clientCredentials(credentials -> credentials.accessTokenResponseClient(tokenEndpoint)).build());
        } else {
            this.issuedTokens = null;
            this.tokens = null;
        }
    }

    private ClientRegistration registration() {
        return ClientRegistration.withRegistrationId(REGISTRATION)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientId(settings.clientId()).clientSecret(settings.clientSecret()).tokenUri(settings.tokenUri())
                .scope(StringUtils.commaDelimitedListToSet(settings.scope()).toArray(String[]::new))
                .build();
    }

    @Override
    String send(JsonNode message, String body) {
        if (tokens == null) {
            throw new IllegalStateException("The case-management adapter is not configured (frontdoor.outbound.case-management)");
        }
        String path = switch (message.get("contract").asString()) {
            case "contact.v1", "advice-request.v1" -> "/contacts";
            case "message.v1" -> "/messages";
            default -> throw new ContractViolation("The case-management system takes contacts and messages only");
        };
        return http.post().uri(settings.url() + path)
                .headers(headers -> {
                    headers.setBearerAuth(accessToken());
                    headers.set("Idempotency-Key", message.get("messageId").asString());
                })
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    if (status.is2xxSuccessful()) {
                        return referenceIn(response.bodyTo(String.class));
                    }
                    throw failure(status.value());
                });
    }

    private String accessToken() {
        return tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION).principal(PORTAL).build())
                .getAccessToken().getTokenValue();
    }

    private RuntimeException failure(int status) {
        if (status == 401) {
            // The token was revoked or the system restarted with new keys: fetch a new one on the next attempt.
            issuedTokens.removeAuthorizedClient(REGISTRATION, PORTAL);
        } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new RefusedByExternalSystem("The case-management system refused the message: HTTP " + status);
        }
        return new IllegalStateException("The case-management system did not take the message: HTTP " + status);
    }

    private String referenceIn(String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        JsonNode reference = json.readTree(answer).get("reference");
        boolean usable = reference != null && reference.isString() && reference.asString().length() <= 100;
        return usable ? reference.asString() : null;
    }
}
