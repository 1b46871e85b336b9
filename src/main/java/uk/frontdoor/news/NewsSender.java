package uk.frontdoor.news;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.contract.NotificationV1;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.messaging.Routes;

/**
 * Tells a person who asked for it that there is news: one {@code notification.v1} on the outbox, in the transaction
 * of the change that is the news, carrying the reference and a link to sign in and nothing else (no names, no
 * outcome: it travels outside the portal). Each is recorded, without its address or number, for GOV.UK Notify's
 * delivery receipt to find.
 */
@Component
public class NewsSender {

    /** A notification on its way, until a delivery receipt says what became of it. */
    static final String SENDING = "sending";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final NewsChoiceStore store;
    private final String publicUrl;

    NewsSender(JdbcClient jdbc, Outbox outbox, Clock clock, NewsChoiceStore store,
            @Value("${frontdoor.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.store = store;
        this.publicUrl = publicUrl;
    }

    /**
     * Tells a carer or an employer, as their stored choice says.
     *
     * @param path where to sign in and see it, like {@code /placement/PL-1001}
     * @param news what happened, unique to it (the landing message's id), so a redelivery sends nothing twice
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(Audience audience, String holder, String reference, String path, String news) {
        store.choice(audience, holder).ifPresent(choice -> tell(audience, choice, reference, path, news));
    }

    /** Tells one person as they chose (a referrer's choice is kept on their concern). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(Audience audience, NewsChoice choice, String reference, String path, String news) {
        String key = UUID.nameUUIDFromBytes(news.getBytes(StandardCharsets.UTF_8)).toString();
        String link = publicUrl + path;
        if (choice.how() == HowToTell.EMAIL) {
            send(audience, new NotificationV1(audience.messageId("email", key), "email", choice.email(),
                    audience.subject(reference), audience.emailText(reference, link), reference, link));
        } else if (choice.how() == HowToTell.TEXT_MESSAGE) {
            // Notify's text message template says the rest: only the reference and the link travel.
            send(audience, new NotificationV1(audience.messageId("sms", key), "sms", choice.mobile(), null, null,
                    reference, link));
        }
    }

    private void send(Audience audience, NotificationV1 notification) {
        int recorded = jdbc.sql("INSERT INTO news_notification (message_id, audience, reference, channel, status, "
                        + "queued_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING")
                .params(notification.messageId(), audience.code(), notification.reference(), notification.channel(),
                        SENDING, Timestamp.from(clock.instant()))
                .update();
        if (recorded == 1) {
            outbox.send(Routes.NOTIFY_REFERRER, notification);
        }
    }
}
