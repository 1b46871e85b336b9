package uk.frontdoor.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a real PostgreSQL from Maven binaries, its data under the data directory so a
 * restart loses nothing, and durable: zonky's test defaults ({@code -F}, no fsync, and {@code synchronous_commit=off})
 * are overridden, so a commit answered to a partner survives a power cut ({@link DurabilityCheck} confirms it). A
 * server an earlier, killed run left behind is stopped first ({@link LeftoverPostgres}). The server is stopped by
 * Spring after everything that uses it, never by zonky's own shutdown hook, which would stop it while the
 * application is still finishing its work. Only used when no {@code spring.datasource.url} is given.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    static final Duration POOL_CLOSE_LIMIT = Duration.ofSeconds(1);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${frontdoor.data-directory}") Path dataDirectory) throws IOException {
        return start(dataDirectory.toAbsolutePath().resolve("postgres"));
    }

    static EmbeddedPostgres start(Path postgresData) throws IOException {
        Files.createDirectories(postgresData);
        LeftoverPostgres.stopAny(postgresData);
        return EmbeddedPostgres.builder()
                .setDataDirectory(postgresData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                // These come after zonky's -F on the command line, so they win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // The server's own log reaches ours (zonky relays it): an ERROR line quotes the row, its DETAIL,
                // HINT and STATEMENT the values. Only FATAL and PANIC are logged, tersely and without statements.
                .setServerConfig("log_min_messages", "fatal")
                .setServerConfig("log_min_error_statement", "panic")
                .setServerConfig("log_error_verbosity", "terse")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource() {
            /** A pool whose database has gone waits seconds for connections it is still trying to open: not a stop. */
            @Override
            public void close() {
                Thread close = Thread.ofVirtual().name("frontdoor-pool-close").start(super::close);
                try {
                    close.join(POOL_CLOSE_LIMIT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("frontdoor");
        return dataSource;
    }
}
