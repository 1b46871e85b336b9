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
 * GOV.UK Notify's callbacks carry the bearer token we gave it (not an OAuth2 token). A request bearing it is
 * GOV.UK Notify; any other request stays anonymous, and with no token configured no request is Notify. Both sides
 * are hashed before comparing, so the comparison takes the same time whatever was sent, its length included.
 */
final class NotifyCallbackToken extends OncePerRequestFilter {

    static final String AUTHORITY = "NOTIFY_CALLBACK";
    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    NotifyCallbackToken(String token) {
        this.expected = token == null || token.isBlank() ? null : sha256(token);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isNotify(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            // Looked up per request: Vaadin installs its own strategy after this filter is made.
            SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("govuk-notify", null,
                    List.of(new SimpleGrantedAuthority(AUTHORITY))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    boolean isNotify(String authorization) {
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
