package uk.frontdoor.messaging;

import java.util.Comparator;
import java.util.List;
import org.springframework.integration.jdbc.store.channel.MessageRowMapper;
import org.springframework.integration.util.UUIDConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages waiting in the outbox table, taken oldest first, many in one statement. The message store's own poll
 * takes one row per statement; a batch of a hundred would be a hundred round trips. The rows are deleted in the
 * caller's transaction and locked with SKIP LOCKED, so a rollback puts them back and another instance never takes the
 * same ones. Rows are read back with the store's own row mapper, so both agree on how a message is stored.
 */
@Component
class WaitingMessages {

    private static final String TAKE = """
            DELETE FROM int_channel_message WHERE ctid IN (
                SELECT ctid FROM int_channel_message WHERE region = ? AND group_key = ?
                ORDER BY created_date, message_sequence LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING message_content, created_date, message_sequence""";

    private record Taken(Message<?> message, long createdDate, long sequence) {
    }

    private final JdbcClient jdbc;
    private final MessageRowMapper rows;
    private final String region;
    private final String groupKey;

    WaitingMessages(JdbcClient jdbc, MessageRowMapper outboxRows) {
        this.jdbc = jdbc;
        this.rows = outboxRows;
        this.region = OutboxConfiguration.REGION;
        this.groupKey = UUIDConverter.getUUID(OutboxConfiguration.GROUP).toString();
    }

    /** @return at most {@code most} messages, in the order they were written; removed once the caller commits */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Message<?>> take(int most) {
        // RETURNING gives no order of its own.
        return jdbc.sql(TAKE).params(region, groupKey, most)
                .query((row, n) -> new Taken(rows.mapRow(row, n), row.getLong("created_date"),
                        row.getLong("message_sequence")))
                .list().stream()
                .sorted(Comparator.comparingLong(Taken::createdDate).thenComparingLong(Taken::sequence))
                .<Message<?>>map(Taken::message)
                .toList();
    }
}
