package uk.frontdoor.outbound;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What has been handed to the council's systems. A redelivered message (a crash between sending and
 * acknowledging the queue) is found here and not sent twice.
 */
@Component
public class ExternalDeliveries {

    private final JdbcClient jdbc;

    ExternalDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean delivered(String messageId) {
        return jdbc.sql("SELECT count(*) FROM external_delivery WHERE message_id = ?").param(messageId)
                .query(Integer.class).single() > 0;
    }

    void record(String messageId, DeliverBy system, String reference, String externalReference) {
        jdbc.sql("""
                INSERT INTO external_delivery (message_id, system, reference, external_reference)
                VALUES (?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""")
                .params(messageId, system.routeName(), reference, externalReference).update();
    }

    /** The case-management system's own reference for a contact, once it has one: people quote it on the phone. */
    public Optional<String> externalReference(String reference) {
        return jdbc.sql("""
                SELECT external_reference FROM external_delivery
                WHERE reference = ? AND external_reference IS NOT NULL ORDER BY delivered_at LIMIT 1""")
                .param(reference).query(String.class).optional();
    }
}
