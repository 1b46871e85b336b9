package uk.frontdoor.partner.employer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An employer's own offer as the employer sees it, with the council's latest answer. */
public record Offer(UUID id, String organisationId, OfferType type, String title, String description,
        String location, boolean remote, String hours, int ageFrom, int ageTo, LocalDate closingDate,
        boolean guaranteedInterview, int places, int version, OfferStatus status, String councilComment,
        String interestNote, Instant submittedAt, Instant receivedAt, Instant decidedAt) {

    /** "Returned with questions: the questions" or the status in words. */
    public String statusText() {
        return status == OfferStatus.RETURNED ? status.text() + ": " + councilComment : status.text();
    }

    /** "Stoke-on-Trent", "Remote" or "Hanley, or remote". */
    public String where() {
        return OfferForm.where(location, remote);
    }

    /** The form filled in as it was saved, for editing. */
    public OfferForm form() {
        return new OfferForm(type, title, description, location, remote, hours, Integer.toString(ageFrom),
                Integer.toString(ageTo), Integer.toString(closingDate.getDayOfMonth()),
                Integer.toString(closingDate.getMonthValue()), Integer.toString(closingDate.getYear()),
                guaranteedInterview ? "yes" : "no", Integer.toString(places));
    }
}
