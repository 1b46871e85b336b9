package uk.frontdoor.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Which access tokens the partner API takes: a partner system's own client-credentials token, from our issuer, for
 * our audience, acting for one organisation. A person's token is refused, whoever they are: a duty social worker's
 * own token must never post decisions. Each failure is an invalid token (401, RFC 6750); the scope each endpoint
 * needs is checked by the chain's rules (403, insufficient_scope).
 */
final class PartnerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    /** The claim naming the client a token was issued to: Keycloak's service accounts and the built-in provider set it. */
    static final String CLIENT_ID_CLAIM = "client_id";

    private final Supplier<Set<String>> issuers;
    private final String audience;
    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    /** @param issuers read per token: the built-in provider's addresses are known only once the server listens */
    PartnerTokens(Supplier<Set<String>> issuers, String audience) {
        if (audience == null || audience.isBlank()) {
            throw new IllegalStateException("frontdoor.api.audience is needed: the partner API takes only tokens for it");
        }
        this.issuers = issuers;
        this.audience = audience;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        List<String> problems = problems(token);
        if (!problems.isEmpty()) {
            throw new InvalidBearerTokenException("The token is not for the partner API: " + String.join(", ", problems));
        }
        Collection<GrantedAuthority> authorities = scopes.convert(token);
        return new JwtAuthenticationToken(token, authorities, token.getClaimAsString(CLIENT_ID_CLAIM));
    }

    List<String> problems(Jwt token) {
        List<String> problems = new ArrayList<>();
        if (token.getIssuer() == null || !issuers.get().contains(token.getIssuer().toString())) {
            problems.add("another issuer");
        }
        if (token.getAudience() == null || !token.getAudience().contains(audience)) {
            problems.add("another audience");
        }
        if (token.hasClaim(CurrentUser.ROLES_CLAIM) || blank(token.getClaimAsString(CLIENT_ID_CLAIM))) {
            problems.add("not a client's own token");
        }
        if (blank(token.getClaimAsString(CurrentUser.ORGANISATION_CLAIM))) {
            problems.add("no organisation");
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
