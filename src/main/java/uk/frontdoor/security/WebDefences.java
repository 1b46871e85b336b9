package uk.frontdoor.security;

import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The browser-side defences the responses carry, on every filter chain (the portal's, the built-in provider's and
 * the API's): Spring Security applies a {@code Customizer<HeadersConfigurer>} bean to each chain it builds.
 * <ul>
 * <li>Content-Security-Policy, as strict as Vaadin Flow allows (README: Security): scripts and styles from this origin
 * only, but Vaadin's page carries inline bootstrap script and its client evaluates the JavaScript the server sends
 * ('unsafe-inline' 'unsafe-eval' for scripts), and its components set inline styles ('unsafe-inline' for styles).
 * Nothing may frame the portal, forms post only here (and to the council's provider, when there is one), no plugins,
 * no base tag.</li>
 * <li>Strict-Transport-Security for a year; Spring Security sends it on secure requests only, which behind a
 * TLS-terminating proxy are those the proxy forwards as https (server.forward-headers-strategy).</li>
 * <li>Referrer-Policy same-origin: a page's address (it can hold a reference) is never told to another site.</li>
 * <li>Permissions-Policy: no camera, microphone, location, payment or other device the portal never uses.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WebDefences {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), browsing-topics=()";
    private static final long A_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;
    /** Script modules and style sheets only: never a page, a worker (sw.js) or an image that could be opened alone. */
    private static final List<String> SUBRESOURCES = List.of("/VAADIN/build/**", "/VAADIN/static/**", "/lumo/**",
            "/styles/**");

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> webDefenceHeaders(@Value("${frontdoor.oidc.issuer:}") String issuer) {
        String policy = contentSecurityPolicy(issuer);
        return headers -> headers
                .addHeaderWriter(onDocuments(new ContentSecurityPolicyHeaderWriter(policy)))
                .addHeaderWriter(onDocuments(new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY)))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(A_YEAR_IN_SECONDS).includeSubDomains(true))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny());
    }

    /**
     * A browser applies these two policies to the document (or worker) that arrives with them, never to a script
     * module or style sheet a page loads; so the bundle's scripts and the style sheets go without them, which saves
     * half a kilobyte on each of the first view's two dozen responses on a weak phone signal.
     */
    private static HeaderWriter onDocuments(HeaderWriter writer) {
        RequestMatcher subresources = new OrRequestMatcher(SUBRESOURCES.stream()
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
        return new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(subresources), writer);
    }

    /** @param issuer the council's provider, whose sign-in a form may be sent on to; blank for the built-in one */
    static String contentSecurityPolicy(String issuer) {
        String formAction = issuer == null || issuer.isBlank() ? "'self'" : "'self' " + origin(issuer);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action " + formAction,
                "frame-ancestors 'none'");
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
