package uk.frontdoor.messaging;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.jdbc.PgConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.MessageRowMapper;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.support.converter.AllowListDeserializingConverter;

/**
 * The transactional outbox: Spring Integration's JDBC channel message store on PostgreSQL. A feature writes its
 * message in its own transaction ({@link Outbox}); a trigger NOTIFYs on commit and the {@link OutboxRelay} takes what
 * waits in batches, each removed only in the transaction that has handed it to the broker.
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

    /** LISTEN needs its own long-lived connection, outside the pool. */
    @Bean
    PostgresChannelMessageTableSubscriber outboxSubscriber(DataSource dataSource) throws java.sql.SQLException {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        PostgresChannelMessageTableSubscriber subscriber = new PostgresChannelMessageTableSubscriber(() ->
                DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())
                        .unwrap(PgConnection.class));
        subscriber.setNotificationTimeout(Duration.ofSeconds(30));
        return subscriber;
    }
}
