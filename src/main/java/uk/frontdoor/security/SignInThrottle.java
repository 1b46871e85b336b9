package uk.frontdoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back password and client-secret guessing at the built-in provider, before Spring Security sees the attempt.
 * The sign-in form (POST /idp/login) is counted per account and per address, the token endpoint (POST /oauth2/token)
 * per client and per address; after a few failures each further one waits longer (Backoff). A held-back attempt is
 * not checked at all, so it tells nothing about the password: the form says to wait (429, the same words for an
 * account that does not exist), the token endpoint answers 429 with Retry-After. An address may fail more often
 * than an account: a school's staff share one.
 */
class SignInThrottle extends OncePerRequestFilter {

    static final String HELD = "wait";
    static final String TOKEN_ENDPOINT = "/oauth2/token";
    static final int ACCOUNT_FAILURES_FREE = 5;
    static final int ADDRESS_FAILURES_FREE = 30;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final Backoff accounts;
    private final Backoff addresses;

    SignInThrottle(Clock clock) {
        accounts = new Backoff(ACCOUNT_FAILURES_FREE, FIRST_WAIT, LONGEST_WAIT, clock);
        addresses = new Backoff(ADDRESS_FAILURES_FREE, FIRST_WAIT, LONGEST_WAIT, clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !(signIn(request) || token(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean signIn = signIn(request);
        // Counted apart: a client id that happens to equal a username never holds the person back.
        String account = (signIn ? "account:" : "client:") + who(request, signIn);
        String address = (signIn ? "address:" : "token-address:") + request.getRemoteAddr();
        Duration wait = max(accounts.waitFor(account), addresses.waitFor(address));
        if (!wait.isZero()) {
            holdBack(request, response, signIn, wait);
            return;
        }
        chain.doFilter(request, response);
        if (failed(response, signIn)) {
            accounts.failed(account);
            addresses.failed(address);
        } else {
            accounts.succeeded(account);
        }
    }

    private static boolean signIn(HttpServletRequest request) {
        return BuiltInIdentityProvider.LOGIN_PAGE.equals(request.getServletPath());
    }

    private static boolean token(HttpServletRequest request) {
        return TOKEN_ENDPOINT.equals(request.getServletPath());
    }

    /** The username typed, or the client id from Basic authentication or the form; case as the provider ignores it. */
    private static String who(HttpServletRequest request, boolean signIn) {
        if (signIn) {
            return String.valueOf(request.getParameter("username")).strip().toLowerCase(Locale.ROOT);
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                return pair.contains(":") ? pair.substring(0, pair.indexOf(':')) : pair;
            } catch (IllegalArgumentException notBase64) {
                return "";
            }
        }
        return String.valueOf(request.getParameter("client_id"));
    }

    /** The form sends a failure back to itself with ?error; the token endpoint refuses a client with 401. */
    private static boolean failed(HttpServletResponse response, boolean signIn) {
        if (!signIn) {
            return response.getStatus() == HttpStatus.UNAUTHORIZED.value();
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        return location != null && location.contains(BuiltInIdentityProvider.LOGIN_PAGE + "?error");
    }

    private static void holdBack(HttpServletRequest request, HttpServletResponse response, boolean signIn,
            Duration wait) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
        if (signIn) {
            response.sendRedirect(request.getContextPath() + BuiltInIdentityProvider.LOGIN_PAGE + "?error=" + HELD);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"invalid_client\",\"error_description\":"
                + "\"Too many failed attempts: try again after the time in Retry-After\"}");
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    /** Before Spring Security's filters, for the built-in provider only. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "frontdoor.idp.enabled", havingValue = "true")
    static class Registration {

        @Bean
        FilterRegistrationBean<SignInThrottle> signInThrottle() {
            FilterRegistrationBean<SignInThrottle> registration =
                    new FilterRegistrationBean<>(new SignInThrottle(Clock.systemUTC()));
            registration.addUrlPatterns(BuiltInIdentityProvider.LOGIN_PAGE, TOKEN_ENDPOINT);
            // Spring Security's filter runs at -100 by default (spring.security.filter.order).
            registration.setOrder(-101);
            return registration;
        }
    }
}
