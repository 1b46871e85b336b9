package uk.frontdoor.messaging;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.jdbc.PgConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import uk.frontdoor.failure.Failures;

/**
 * The transactional outbox: a Spring Integration channel whose messages live in PostgreSQL. A message
 * is removed only in the same transaction that hands it to its route, so a crash or a broker outage
 * leaves it waiting; the relay retries with backoff until the route takes it.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OutboxConfiguration.class);
    static final String GROUP = "outbox";

    @Bean
    JdbcChannelMessageStore outboxMessageStore(DataSource dataSource) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion("frontdoor");
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

    @Bean
    PostgresSubscribableChannel outboxChannel(JdbcChannelMessageStore outboxMessageStore,
            PostgresChannelMessageTableSubscriber outboxSubscriber, PlatformTransactionManager transactionManager,
            @Value("${frontdoor.relay.threads:2}") int relayThreads) {
        PostgresSubscribableChannel channel =
                new PostgresSubscribableChannel(outboxMessageStore, GROUP, outboxSubscriber);
        channel.setTransactionManager(transactionManager);
        channel.setRetryTemplate(new RetryTemplate(RetryPolicy.builder()
                .maxRetries(5).delay(Duration.ofMillis(200)).multiplier(2).maxDelay(Duration.ofSeconds(5)).build()));
        // By types only: a MessagingException's toString() quotes the whole message, a child's details with it.
        channel.setErrorHandler(failure -> log.warn("Outbox relay failed; the message stays in the outbox and is retried: {}",
                Failures.describe(failure)));
        channel.setDispatcherExecutor(relayExecutor(relayThreads));
        return channel;
    }

    private static ThreadPoolTaskExecutor relayExecutor(int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("outbox-relay-");
        executor.initialize();
        return executor;
    }
}
