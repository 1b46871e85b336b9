package uk.frontdoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bearer token we gave one outside caller (not an OAuth2 token). A request bearing it is that caller, with one
 * authority, for this request only; any other request stays anonymous, and with no token configured no request is
 * the caller. Both sides are hashed before comparing, so the comparison takes the same time whatever was sent, its
 * length included.
 */
abstract class SharedBearerToken extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final byte[] expected;
    private final String caller;
    private final String authority;

    SharedBearerToken(String token, String caller, String authority) {
        this.expected = token == null || token.isBlank() ? null : sha256(token);
        this.caller = caller;
        this.authority = authority;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (bears(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            // Looked up per request: Vaadin installs its own strategy after this filter is made.
            SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
                    List.of(new SimpleGrantedAuthority(authority))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    final boolean bears(String authorization) {
        if (expected == null || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(authorization.substring(BEARER.length())));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
