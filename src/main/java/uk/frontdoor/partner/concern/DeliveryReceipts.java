package uk.frontdoor.partner.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;

/**
 * What became of an email or text message that told a referrer there is news: recorded once against the
 * notification, and put on that referrer's timeline ("Text message delivered", "We could not deliver the email"),
 * never with the address or the number.
 */
@Service
public class DeliveryReceipts {

    /** What became of one receipt. */
    public enum Outcome { RECORDED, ALREADY_RECORDED, UNKNOWN_NOTIFICATION }

    private record Sent(String reference, String channel) {
    }

    private final JdbcClient jdbc;
    private final ConcernService concerns;
    private final LiveUpdatePublisher liveUpdates;
    private final Clock clock;

    DeliveryReceipts(JdbcClient jdbc, ConcernService concerns, LiveUpdatePublisher liveUpdates, Clock clock) {
        this.jdbc = jdbc;
        this.concerns = concerns;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /** A repeated receipt (Notify retries its callbacks) changes nothing: Notify's statuses are final. */
    @Transactional
    public Outcome receive(DeliveryReceipt receipt) {
        Optional<Sent> sent = jdbc.sql("SELECT c.reference, n.channel FROM referrer_notification n "
                        + "JOIN concern c ON c.id = n.concern_id WHERE n.message_id = ?")
                .param(receipt.messageId())
                .query((row, n) -> new Sent(row.getString("reference"), row.getString("channel")))
                .optional();
        if (sent.isEmpty()) {
            return Outcome.UNKNOWN_NOTIFICATION;
        }
        Instant now = clock.instant();
        int first = jdbc.sql("UPDATE referrer_notification SET status = ?, sent_at = ?, completed_at = ?, receipt_at = ? "
                        + "WHERE message_id = ? AND receipt_at IS NULL")
                .params(receipt.status(), timestamp(receipt.sentAt()), timestamp(receipt.completedAt()),
                        Timestamp.from(now), receipt.messageId())
                .update();
        if (first == 0) {
            return Outcome.ALREADY_RECORDED;
        }
        Instant happened = receipt.completedAt() != null ? receipt.completedAt()
                : receipt.sentAt() != null ? receipt.sentAt() : now;
        concerns.acknowledge(sent.get().reference(), null, status(sent.get().channel(), receipt.delivered()), happened,
                "receipt-" + receipt.messageId(), null);
        liveUpdates.publishAfterCommit(sent.get().reference());
        return Outcome.RECORDED;
    }

    private static TimelineStatus status(String channel, boolean delivered) {
        boolean text = "sms".equals(channel);
        if (delivered) {
            return text ? TimelineStatus.TEXT_DELIVERED : TimelineStatus.EMAIL_DELIVERED;
        }
        return text ? TimelineStatus.TEXT_NOT_DELIVERED : TimelineStatus.EMAIL_NOT_DELIVERED;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
