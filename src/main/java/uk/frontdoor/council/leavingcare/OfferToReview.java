package uk.frontdoor.council.leavingcare;

import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.partner.employer.OfferForm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Council side: an employer's offer as it last arrived, for the leaving care team to review or search. */
public record OfferToReview(UUID id, String organisationId, String employerName, int version, OfferType type,
        String title, String description, String location, boolean remote, String hours, int ageFrom, int ageTo,
        LocalDate closingDate, boolean guaranteedInterview, int places, String status, String comment,
        Instant receivedAt) {

    public String where() {
        return OfferForm.where(location, remote);
    }
}
