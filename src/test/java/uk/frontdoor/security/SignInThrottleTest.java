package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Password and client-secret guessing is held back per account, per client and per address, then let go. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void an_account_is_held_back_after_five_wrong_passwords_whatever_the_password_then_let_go() throws Exception {
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES_FREE; i++) {
            assertThat(signIn("lead", "10.0.0." + i, false).getRedirectedUrl()).endsWith("/idp/login?error");
        }
        MockHttpServletResponse held = signIn("lead", "10.0.0.99", true);
        assertThat(held.getRedirectedUrl()).endsWith("/idp/login?error=" + SignInThrottle.HELD);
        assertThat(held.getHeader("Retry-After")).isEqualTo("30");

        assertThat(signIn("teacher", "10.0.0.99", true).getRedirectedUrl()).as("another account").isEqualTo("/");
        now = now.plus(Duration.ofSeconds(31));
        assertThat(signIn("lead", "10.0.0.99", true).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void each_further_failure_doubles_the_wait_up_to_fifteen_minutes() throws Exception {
        int failures = 0;
        long lastWait = 0;
        while (failures < 12) {
            MockHttpServletResponse response = signIn("nobody", "10.0.1." + failures, false);
            if (response.getHeader("Retry-After") != null) {
                lastWait = Long.parseLong(response.getHeader("Retry-After"));
                now = now.plusSeconds(lastWait);
            } else {
                failures++;
            }
        }
        assertThat(signIn("nobody", "10.0.1.200", true).getHeader("Retry-After")).isEqualTo("900");
        assertThat(lastWait).isEqualTo(15 * 60L);
    }

    @Test
    void an_address_is_held_back_after_many_failures_on_any_accounts() throws Exception {
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES_FREE; i++) {
            signIn("guess" + i, "192.0.2.7", false);
        }
        assertThat(signIn("teacher", "192.0.2.7", true).getRedirectedUrl())
                .endsWith("?error=" + SignInThrottle.HELD);
        assertThat(signIn("teacher", "192.0.2.8", true).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void the_token_endpoint_answers_429_with_retry_after_for_a_client_guessed_at() throws Exception {
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES_FREE; i++) {
            assertThat(token("chad-case-management", "10.0.2." + i, false).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse held = token("chad-case-management", "10.0.2.50", true);
        assertThat(held.getStatus()).isEqualTo(429);
        assertThat(held.getHeader("Retry-After")).isEqualTo("30");
        assertThat(held.getContentAsString()).doesNotContain("chad-case-management");
    }

    /** @param right whether the provider behind the filter would accept the password */
    private MockHttpServletResponse signIn(String username, String address, boolean right) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", BuiltInIdentityProvider.LOGIN_PAGE);
        request.setServletPath(BuiltInIdentityProvider.LOGIN_PAGE);
        request.setRemoteAddr(address);
        request.setParameter("username", username);
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, (req, res) ->
                ((MockHttpServletResponse) res).sendRedirect(right ? "/" : BuiltInIdentityProvider.LOGIN_PAGE + "?error"));
        return response;
    }

    private MockHttpServletResponse token(String clientId, String address, boolean right) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", SignInThrottle.TOKEN_ENDPOINT);
        request.setServletPath(SignInThrottle.TOKEN_ENDPOINT);
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":guess").getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(right ? 200 : 401));
        return response;
    }
}
