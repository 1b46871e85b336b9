package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The referrer, as {@code contact.v1} and {@code advice-request.v1} carry them (email optional). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Referrer(String name, String role, String email, String organisationId, String organisationName,
        String referralSource) {
}
