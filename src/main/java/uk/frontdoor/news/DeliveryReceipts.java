package uk.frontdoor.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of an email or text message that told someone there is news (a referrer, a carer, an employer):
 * recorded once against the notification, never with the address or the number, and passed to that audience's
 * {@link ReceiptListener} if it has one.
 */
@Service
public class DeliveryReceipts {

    /** What became of one receipt. */
    public enum Outcome { RECORDED, ALREADY_RECORDED, UNKNOWN_NOTIFICATION }

    private record Sent(String audience, String reference, String channel) {
    }

    private final JdbcClient jdbc;
    private final List<ReceiptListener> listeners;
    private final Clock clock;

    DeliveryReceipts(JdbcClient jdbc, List<ReceiptListener> listeners, Clock clock) {
        this.jdbc = jdbc;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** A repeated receipt (Notify retries its callbacks) changes nothing: Notify's statuses are final. */
    @Transactional
    public Outcome receive(DeliveryReceipt receipt) {
        Optional<Sent> sent = jdbc.sql("SELECT audience, reference, channel FROM news_notification WHERE message_id = ?")
                .param(receipt.messageId())
                .query((row, n) -> new Sent(row.getString("audience"), row.getString("reference"),
                        row.getString("channel")))
                .optional();
        if (sent.isEmpty()) {
            return Outcome.UNKNOWN_NOTIFICATION;
        }
        Instant now = clock.instant();
        int first = jdbc.sql("UPDATE news_notification SET status = ?, sent_at = ?, completed_at = ?, receipt_at = ? "
                        + "WHERE message_id = ? AND receipt_at IS NULL")
                .params(receipt.status(), timestamp(receipt.sentAt()), timestamp(receipt.completedAt()),
                        Timestamp.from(now), receipt.messageId())
                .update();
        if (first == 0) {
            return Outcome.ALREADY_RECORDED;
        }
        Instant happened = receipt.completedAt() != null ? receipt.completedAt()
                : receipt.sentAt() != null ? receipt.sentAt() : now;
        listeners.stream().filter(listener -> listener.audience().code().equals(sent.get().audience()))
                .forEach(listener -> listener.received(sent.get().reference(), receipt.messageId(),
                        sent.get().channel(), receipt.delivered(), happened));
        return Outcome.RECORDED;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
