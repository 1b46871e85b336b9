package uk.frontdoor.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import uk.frontdoor.security.CurrentUser;

/** A partner's system calling the portal's API over real HTTP, with client-credentials tokens from the built-in provider. */
public final class PartnerApiClient {

    /** frontdoor.api.audience's default. */
    public static final String API_AUDIENCE = "frontdoor-api";

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public PartnerApiClient(int port) {
        this.port = port;
    }

    /** A complete concern as a school's system posts it, about a child with this first name. */
    public static String concern(String firstName) {
        return """
                {"immediateDanger": false,
                 "child": {"firstName": "%s", "lastName": "Partner", "dateOfBirth": "2016-05-12",
                           "address": "1 Station Road, Stoke-on-Trent", "postcode": "ST4 1HH",
                           "school": "Springfield Primary School", "nhsNumber": "943 476 5919"},
                 "worry": {"factors": ["16A"], "whatHappened": "Came to school hungry every day this week.",
                           "whenHappened": "2026-11-10", "actionTaken": "Gave breakfast and told the safeguarding lead."},
                 "parents": {"know": true, "agree": "yes"},
                 "levelOfNeed": 2}
                """.formatted(firstName);
    }

    /** A token with the {@code concerns} scope, as a school's or GP practice's system asks for. */
    public String token(String clientId, String secret) throws IOException, InterruptedException {
        return token(clientId, secret, "concerns");
    }

    public String token(String clientId, String secret, String scope) throws IOException, InterruptedException {
        return accessToken(tokenResponse(clientId, secret, scope));
    }

    /** The access token in a token endpoint's answer, which must be 200. */
    public static String accessToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher matcher = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** The token endpoint's answer, a refusal included. */
    public HttpResponse<String> tokenResponse(String clientId, String secret, String scope)
            throws IOException, InterruptedException {
        return tokenResponse(uri("/oauth2/token"), clientId, secret, "grant_type=client_credentials&scope=" + scope);
    }

    /** Any provider's token endpoint's answer to a form, with the client's Basic credentials unless secret is null. */
    public HttpResponse<String> tokenResponse(URI endpoint, String clientId, String secret, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (secret != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    /** GET with the token, or without one when it is null. */
    public HttpResponse<String> get(String bearer, String path) throws IOException, InterruptedException {
        return send(authorised(HttpRequest.newBuilder(uri(path)).GET(), bearer));
    }

    /** POST a JSON body with the token (or none when null) and any further headers. */
    public HttpResponse<String> post(String bearer, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send("POST", bearer, path, "application/json", HttpRequest.BodyPublishers.ofString(body), headers);
    }

    /** Any method, content type and body (a chunked one from {@code BodyPublishers.ofInputStream}), as a client might send. */
    public HttpResponse<String> send(String method, String bearer, String path, String contentType,
            HttpRequest.BodyPublisher body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = authorised(HttpRequest.newBuilder(uri(path)).method(method, body), bearer);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * A token signed with the portal's own key for a client of the test's own, acting for {@code organisation}: its
     * requests count against its own rate limit, touching no other test's.
     */
    public String forged(JWKSource<SecurityContext> signingKeys, String clientId, String organisation) {
        return signed(signingKeys, clientsToken(clientId, organisation).build());
    }

    /**
     * The claims the built-in provider gives a client's own token, both scopes included; a test changes one to
     * see it refused.
     */
    public JwtClaimsSet.Builder clientsToken(String clientId, String organisation) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder().subject(clientId).issuer("http://localhost:" + port)
                .audience(List.of(API_AUDIENCE)).claim("client_id", clientId).claim("scope", "concerns contact-updates")
                .issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim(CurrentUser.ORGANISATION_CLAIM, organisation);
    }

    public static String signed(JWKSource<SecurityContext> signingKeys, JwtClaimsSet claims) {
        return new NimbusJwtEncoder(signingKeys).encode(JwtEncoderParameters.from(claims)).getTokenValue();
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String bearer) {
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
