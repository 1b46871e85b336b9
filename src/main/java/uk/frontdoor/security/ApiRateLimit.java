package uk.frontdoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import uk.frontdoor.api.ApiProblems;

/**
 * At most {@code frontdoor.api.rate-limit-per-minute} requests a minute for each partner API client and organisation, counted in
 * a fixed window per clock minute. The counts are in memory, so each instance of the portal counts on its own:
 * behind a load balancer with n instances a client may make up to n times the limit.
 */
final class ApiRateLimit extends OncePerRequestFilter {

    private static final long MINUTE = 60_000;

    private record Window(long minute, int count) {
    }

    private final int perMinute;
    private final Clock clock;
    private final HandlerExceptionResolver problems;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ApiRateLimit(int perMinute, Clock clock, HandlerExceptionResolver problems) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        long now = clock.millis();
        long minute = now / MINUTE;
        if (windows.size() > 10_000) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.merge(counted(token), new Window(minute, 1),
                (old, first) -> old.minute() == minute ? new Window(minute, old.count() + 1) : first);
        if (window.count() > perMinute) {
            long retryAfter = Math.max(1, ((minute + 1) * MINUTE - now + 999) / 1000);
            ErrorResponseException tooMany = ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests: at most "
                    + perMinute + " a minute for each client. Try again in " + retryAfter + " seconds.");
            tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            problems.resolveException(request, response, null, tooMany);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Counted per client and organisation: one client acting for two organisations has a limit for each. */
    private static String counted(JwtAuthenticationToken token) {
        return CurrentUser.clientId(token.getToken()) + " " + token.getToken().getClaimAsString(CurrentUser.ORGANISATION_CLAIM);
    }
}
