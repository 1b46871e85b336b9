package uk.frontdoor.duty;

/** A colleague a contact can be assigned to. */
public record DutyWorker(String subject, String name) {
}
