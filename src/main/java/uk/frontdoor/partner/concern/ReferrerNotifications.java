package uk.frontdoor.partner.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.contract.NotificationV1;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;

/**
 * Tells a referrer who asked for it that ChAD has news (a decision, a message), by email or text message. It carries
 * the reference and a link to sign in, nothing else: no names, no outcome, no details (it travels outside the
 * portal). Each one is recorded, without its address or number, for GOV.UK Notify's delivery receipt to find.
 */
@Component
class ReferrerNotifications {

    /** A notification on its way, until a delivery receipt says what became of it. */
    static final String SENDING = "sending";

    private record Recipient(UUID concernId, String email, String mobile) {
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final String publicUrl;

    ReferrerNotifications(JdbcClient jdbc, Outbox outbox, Clock clock,
            @Value("${frontdoor.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void newsLanded(String reference, String messageId) {
        jdbc.sql("SELECT id, notify_email, notify_mobile FROM concern WHERE reference = ?")
                .param(reference)
                .query((row, n) -> new Recipient(row.getObject("id", UUID.class), row.getString("notify_email"),
                        row.getString("notify_mobile")))
                .optional()
                .ifPresent(recipient -> {
                    if (recipient.email() != null) {
                        send(recipient.concernId(), email("email-" + messageId, recipient.email(), reference));
                    }
                    if (recipient.mobile() != null) {
                        send(recipient.concernId(), textMessage("text-" + messageId, recipient.mobile(), reference));
                    }
                });
    }

    private void send(UUID concernId, NotificationV1 notification) {
        jdbc.sql("INSERT INTO referrer_notification (message_id, concern_id, channel, status, queued_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(notification.messageId(), concernId, notification.channel(), SENDING,
                        Timestamp.from(clock.instant()))
                .update();
        outbox.send(Routes.NOTIFY_REFERRER, notification);
    }

    /** Notify's templates take only the reference and the link; an email says them in its text too. */
    NotificationV1 email(String messageId, String address, String reference) {
        return new NotificationV1(messageId, "email", address, "Update on your concern " + reference,
                "ChAD has an update on the concern you raised, reference " + reference + ".\n\n"
                        + "Sign in to see it: " + link(reference) + "\n\n"
                        + "For your safety and the child's, this email does not say more.",
                reference, link(reference));
    }

    /** Notify's text message template says the rest: only the reference and the link travel. */
    NotificationV1 textMessage(String messageId, String mobile, String reference) {
        return new NotificationV1(messageId, "sms", mobile, null, null, reference, link(reference));
    }

    private String link(String reference) {
        return publicUrl + "/concerns/" + reference;
    }
}
