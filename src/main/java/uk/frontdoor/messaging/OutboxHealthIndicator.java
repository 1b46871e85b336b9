package uk.frontdoor.messaging;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox is healthy while messages leave it: many waiting means the relay or the broker is stuck. The
 * threshold is generous (a burst of concerns waits briefly); operators see the numbers in "Message flows".
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    static final int STUCK = 1_000;

    private final JdbcClient jdbc;

    OutboxHealthIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        int waiting = jdbc.sql("SELECT count(*) FROM int_channel_message").query(Integer.class).single();
        return (waiting < STUCK ? Health.up() : Health.down()).withDetail("waiting", waiting).build();
    }
}
