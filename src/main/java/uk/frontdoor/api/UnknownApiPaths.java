package uk.frontdoor.api;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An address under {@code /api/} that no endpoint has is a 404 problem. Without this, Vaadin's catch-all mapping
 * would answer it with the portal's start page and a 200.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    /** Just after the controllers' mapping (order 0), which has already answered 405 or 415 for a known address. */
    private static final int AFTER_CONTROLLERS = 1;

    @Bean
    HandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> {
            throw ApiProblems.problem(HttpStatus.NOT_FOUND, "The API has no " + request.getRequestURI()
                    + ": see /api/v1/openapi.json");
        };
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), AFTER_CONTROLLERS);
    }
}
