package uk.frontdoor.messaging;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.MessageRowMapper;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.support.converter.AllowListDeserializingConverter;

/**
 * The transactional outbox: Spring Integration's JDBC channel message store on PostgreSQL. A feature writes its
 * message in its own transaction ({@link Outbox}), which wakes this instance's {@link OutboxRelay} after the commit;
 * the relay takes what waits in batches, each removed only in the transaction that has handed it to the broker.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    static final String GROUP = "outbox";
    static final String REGION = "frontdoor";

    /** Shared by the store and {@link WaitingMessages}: one way to read a stored message. */
    @Bean
    MessageRowMapper outboxRows() {
        return new MessageRowMapper(new AllowListDeserializingConverter());
    }

    @Bean
    JdbcChannelMessageStore outboxMessageStore(DataSource dataSource, MessageRowMapper outboxRows) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setMessageRowMapper(outboxRows);
        store.setRegion(REGION);
        return store;
    }
}
