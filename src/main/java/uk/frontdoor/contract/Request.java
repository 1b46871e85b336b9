package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the referrer would like to happen, in contact.v1 and advice-request.v1: a code, their words for "something-else". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Request(String code, String detail) {
}
