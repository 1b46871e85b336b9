package uk.frontdoor.partner.employer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code offer.v1} messages as an employer's portal sends them, for tests that deliver them in an order of their own. */
public final class OfferMessages {

    public static final String ORGANISATION = "employer-potteries";

    private OfferMessages() {
    }

    public static String submitted(String messageId, UUID offerId, int version, String title) {
        return """
                {"contract":"offer.v1","messageId":"%s","offerId":"%s","organisationId":"%s",
                 "employerName":"Potteries Logistics","version":%d,"action":"submitted","sentAt":"%s",
                 "offer":{"type":"JOB","title":"%s","description":"Sent straight to the council.","remote":true,
                  "hours":"20 a week","ageFrom":16,"ageTo":25,"closingDate":"%s","guaranteedInterview":false,"places":1}}"""
                .formatted(messageId, offerId, ORGANISATION, version, Instant.now(), title, LocalDate.now().plusDays(10));
    }

    public static String withdrawn(String messageId, UUID offerId, int version) {
        return """
                {"contract":"offer.v1","messageId":"%s","offerId":"%s","organisationId":"%s","version":%d,
                 "action":"withdrawn","sentAt":"%s"}"""
                .formatted(messageId, offerId, ORGANISATION, version, Instant.now());
    }

    /** A message id no other test uses. */
    public static String newMessageId() {
        return "offer-test-" + UUID.randomUUID();
    }
}
