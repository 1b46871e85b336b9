package uk.frontdoor.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's production bundle files carry a hash of their content in their names, so a phone may keep them for a
 * year: a new release has new names. Vaadin itself says an hour, which makes a returning phone ask again.
 */
@Configuration(proxyBeanMethods = false)
class BundleCaching {

    static final String A_YEAR = "public, max-age=31536000, immutable";
    /** Vite's names: {@code name-<8 characters of hash>.js}. */
    private static final Pattern HASHED = Pattern.compile(".*/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> bundleCachingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, HASHED.matcher(request.getRequestURI()).matches() ? new KeptForAYear(response) : response);
            }
        });
        registration.addUrlPatterns("/VAADIN/build/*");
        return registration;
    }

    /** Replaces whatever Cache-Control the servlet sets on a hashed file. */
    private static final class KeptForAYear extends HttpServletResponseWrapper {

        KeptForAYear(HttpServletResponse response) {
            super(response);
            response.setHeader("Cache-Control", A_YEAR);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? A_YEAR : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
