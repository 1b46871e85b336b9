package uk.frontdoor.news;

import java.time.Instant;
import java.util.Set;

/**
 * GOV.UK Notify's word on one email or text message we sent.
 *
 * @param messageId our message id, which Notify was given as its reference
 * @param status Notify's final status, one of {@link #STATUSES}
 * @param sentAt when Notify sent it, if it says
 * @param completedAt when it was delivered or finally failed, if Notify says
 */
public record DeliveryReceipt(String messageId, String status, Instant sentAt, Instant completedAt) {

    public static final String DELIVERED = "delivered";
    /** The statuses Notify calls back with: each is final. */
    public static final Set<String> STATUSES = Set.of(DELIVERED, "permanent-failure", "temporary-failure",
            "technical-failure");

    public boolean delivered() {
        return DELIVERED.equals(status);
    }
}
