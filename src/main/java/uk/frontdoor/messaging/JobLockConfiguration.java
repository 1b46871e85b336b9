package uk.frontdoor.messaging;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;

/** Locks in PostgreSQL, so a job that must run once (retention) runs on one instance even with several. */
@Configuration(proxyBeanMethods = false)
class JobLockConfiguration {

    @Bean
    DefaultLockRepository lockRepository(DataSource dataSource) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion("frontdoor");
        return repository;
    }

    @Bean
    JdbcLockRegistry jobLocks(DefaultLockRepository lockRepository) {
        return new JdbcLockRegistry(lockRepository);
    }
}
