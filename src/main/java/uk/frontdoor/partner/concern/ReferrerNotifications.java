package uk.frontdoor.partner.concern;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.news.Audience;
import uk.frontdoor.news.NewsChoice;
import uk.frontdoor.news.NewsSender;
import uk.frontdoor.news.ReceiptListener;

/**
 * Tells a referrer who asked for it that ChAD has news (a decision, a message), by email or text message, to the
 * address or number they gave on the concern ({@link NewsSender}: the reference and a link only). What Notify's
 * delivery receipt says goes on that referrer's timeline ("Text message delivered", "We could not deliver the
 * email"), never with the address or the number.
 */
@Component
class ReferrerNotifications implements ReceiptListener {

    private final JdbcClient jdbc;
    private final NewsSender news;
    private final ConcernService concerns;
    private final LiveUpdatePublisher liveUpdates;

    ReferrerNotifications(JdbcClient jdbc, NewsSender news, ConcernService concerns, LiveUpdatePublisher liveUpdates) {
        this.jdbc = jdbc;
        this.news = news;
        this.concerns = concerns;
        this.liveUpdates = liveUpdates;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void newsLanded(String reference, String messageId) {
        jdbc.sql("SELECT notify_email, notify_mobile FROM concern WHERE reference = ?")
                .param(reference)
                .query((row, n) -> NewsChoice.of(row.getString("notify_email"), row.getString("notify_mobile")))
                .optional()
                .ifPresent(choice -> news.tell(Audience.REFERRER, choice, reference, "/concerns/" + reference,
                        messageId));
    }

    @Override
    public Audience audience() {
        return Audience.REFERRER;
    }

    @Override
    public void received(String reference, String messageId, String channel, boolean delivered, Instant happened) {
        concerns.acknowledge(reference, null, status(channel, delivered), happened, "receipt-" + messageId, null);
        liveUpdates.publishAfterCommit(reference);
    }

    private static TimelineStatus status(String channel, boolean delivered) {
        boolean text = "sms".equals(channel);
        if (delivered) {
            return text ? TimelineStatus.TEXT_DELIVERED : TimelineStatus.EMAIL_DELIVERED;
        }
        return text ? TimelineStatus.TEXT_NOT_DELIVERED : TimelineStatus.EMAIL_NOT_DELIVERED;
    }
}
