package uk.frontdoor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The built-in provider's records of what it authorized, kept only while something can still ask for them. Spring
 * Authorization Server's own in-memory store keeps every sign-in and every partner token it ever issued, for as long
 * as the portal runs. Here:
 * <ul>
 * <li>a partner system's client-credentials token is not kept at all: it is a signed JWT that the portal checks with
 * the signing key, and nothing looks its record up again;</li>
 * <li>a sign-in whose code was never exchanged is forgotten after {@link #UNFINISHED};</li>
 * <li>a person's sign-in is kept while their portal session lives, because signing out sends its ID token back to the
 * provider (RP-initiated logout finds the record by it). Signing out at the provider forgets it at once; a session
 * that ends otherwise (it timed out) is forgotten {@link #AFTER_SESSION} later, which leaves time for the sign-out
 * redirect that follows the portal's own invalidation of the session.</li>
 * </ul>
 */
public final class ForgetfulAuthorizations implements OAuth2AuthorizationService {

    /** A code not exchanged by then has expired (Spring Authorization Server's codes live 5 minutes). */
    static final Duration UNFINISHED = Duration.ofMinutes(10);
    static final Duration AFTER_SESSION = Duration.ofMinutes(2);
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final InMemoryOAuth2AuthorizationService store = new InMemoryOAuth2AuthorizationService();
    /** Every record held, by id, with when to forget it ({@link Instant#MAX}: when its session ends). */
    private final ConcurrentMap<String, Instant> held = new ConcurrentHashMap<>();
    private final Clock clock;

    ForgetfulAuthorizations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(authorization.getAuthorizationGrantType())) {
            return;
        }
        store.save(authorization);
        held.put(authorization.getId(), authorization.getToken(OidcIdToken.class) == null
                ? clock.instant().plus(UNFINISHED) : Instant.MAX);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        store.remove(authorization);
        held.remove(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return store.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return store.findByToken(token, tokenType);
    }

    /** The person signed out at the provider: nothing will ask for this sign-in again. */
    void forgetSignIn(String idToken) {
        OAuth2Authorization authorization = store.findByToken(idToken, ID_TOKEN);
        if (authorization != null) {
            remove(authorization);
        }
    }

    /** The portal session that holds this ID token has ended; a sign-out may still be on its way to the provider. */
    void forgetSoon(String idToken) {
        OAuth2Authorization authorization = store.findByToken(idToken, ID_TOKEN);
        if (authorization != null) {
            held.computeIfPresent(authorization.getId(), (id, when) -> clock.instant().plus(AFTER_SESSION));
        }
    }

    /** Forgets every record whose time has come. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void sweep() {
        sweep(clock.instant());
    }

    /** As the sweep would at that time. */
    void sweep(Instant now) {
        held.forEach((id, when) -> {
            if (now.isAfter(when)) {
                OAuth2Authorization authorization = store.findById(id);
                if (authorization != null) {
                    store.remove(authorization);
                }
                held.remove(id, when);
            }
        });
    }

    /** How many records it holds. */
    int size() {
        return held.size();
    }

    /** The records it holds, as they are now. */
    List<OAuth2Authorization> records() {
        return held.keySet().stream().map(store::findById).filter(Objects::nonNull).toList();
    }
}
