package uk.frontdoor.messaging;

import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;

/** Locks in PostgreSQL, so a job that must run once (retention) runs on one instance even with several. */
@Configuration(proxyBeanMethods = false)
class JobLockConfiguration {

    /** How long a stop waits to release this instance's locks; unreleased, they expire by themselves. */
    static final Duration RELEASE_LIMIT = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(JobLockConfiguration.class);

    @Bean
    DefaultLockRepository lockRepository(DataSource dataSource) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource) {
            /** Closed after the application's work stopped and before the database: with a broken database, releasing
             * the locks would wait for a connection as long as the pool allows (30 s), so the stop waits at most
             * {@link #RELEASE_LIMIT}. */
            @Override
            public void close() {
                Thread release = Thread.ofVirtual().name("job-locks-release").start(super::close);
                try {
                    if (!release.join(RELEASE_LIMIT)) {
                        log.warn("The job locks were not released within {} s (no database connection); they expire "
                                + "by themselves", RELEASE_LIMIT.toSeconds());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        repository.setRegion("frontdoor");
        return repository;
    }

    @Bean
    JdbcLockRegistry jobLocks(DefaultLockRepository lockRepository) {
        return new JdbcLockRegistry(lockRepository);
    }
}
