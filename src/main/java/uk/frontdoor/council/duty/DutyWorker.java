package uk.frontdoor.council.duty;

/** A colleague a contact can be assigned to. */
public record DutyWorker(String subject, String name) {
}
