package uk.frontdoor.news;

import java.time.Instant;

/**
 * Hears of a delivery receipt for one audience's notification, the first time it arrives: referrers see theirs on
 * their concern's timeline. An audience without a listener has the status recorded only.
 */
public interface ReceiptListener {

    Audience audience();

    /**
     * @param channel {@code email} or {@code sms}
     * @param happened when Notify delivered it or finally failed
     */
    void received(String reference, String messageId, String channel, boolean delivered, Instant happened);
}
