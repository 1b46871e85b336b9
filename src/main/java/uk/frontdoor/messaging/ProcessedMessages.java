package uk.frontdoor.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persistent idempotent repository: a consumer records each message id in the same transaction as
 * the message's effect, so a redelivery (at-least-once delivery) changes nothing.
 */
@Component
public class ProcessedMessages {

    private final JdbcClient jdbc;

    ProcessedMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For {@link IdempotentIntake}, the one way consumers use it.
     *
     * @return true the first time this consumer sees the message id, false on every redelivery
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean firstTime(String consumer, String messageId) {
        return jdbc.sql("INSERT INTO processed_message (consumer, message_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(consumer, messageId)
                .update() == 1;
    }

    /**
     * For a consumer whose effect is outside this database (an email or text sent): it looks here before and
     * {@link #record records} after. A crash between the two may send once more; nothing is ever lost.
     */
    public boolean seen(String consumer, String messageId) {
        return jdbc.sql("SELECT count(*) FROM processed_message WHERE consumer = ? AND message_id = ?")
                .params(consumer, messageId).query(Integer.class).single() > 0;
    }

    public void record(String consumer, String messageId) {
        jdbc.sql("INSERT INTO processed_message (consumer, message_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(consumer, messageId).update();
    }
}
