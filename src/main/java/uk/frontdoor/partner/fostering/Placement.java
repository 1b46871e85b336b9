package uk.frontdoor.partner.fostering;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A child placed with the signed-in foster carer: what the carer needs to know, and no more. */
public record Placement(UUID id, String reference, String childFirstName, LocalDate childDateOfBirth,
        PlacementType type, LocalDate startedOn, LocalDate endedOn, String childSocialWorker,
        String childSocialWorkerPhone, String supervisingSocialWorker, String supervisingSocialWorkerPhone,
        String delegatedAuthority, LocalDate nextReviewOn, LocalDate nextVisitOn) {

    public int ageOn(LocalDate day) {
        return Period.between(childDateOfBirth, day).getYears();
    }
}
