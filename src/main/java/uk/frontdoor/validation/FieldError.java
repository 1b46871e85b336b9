package uk.frontdoor.validation;

/** One problem with one answer: which field (its component id) and what to do about it, in plain English. */
public record FieldError(String field, String message) {
}
