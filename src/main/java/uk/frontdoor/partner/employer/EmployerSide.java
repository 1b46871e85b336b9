package uk.frontdoor.partner.employer;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.organisation.Organisations;

/**
 * What the employer's two services (its registration, its offers) both work with: their tables, the clock, the
 * organisations, the outbox to the council, the audit trail, the live updates to the employer's open pages and
 * the news by email or text the employer asked for.
 */
abstract class EmployerSide {

    final JdbcClient jdbc;
    final Clock clock;
    final Organisations organisations;
    final Outbox outbox;
    final AuditTrail audit;
    final LiveUpdatePublisher liveUpdates;
    final EmployerNews news;

    EmployerSide(JdbcClient jdbc, Clock clock, Organisations organisations, Outbox outbox, AuditTrail audit,
            LiveUpdatePublisher liveUpdates, EmployerNews news) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.organisations = organisations;
        this.outbox = outbox;
        this.audit = audit;
        this.liveUpdates = liveUpdates;
        this.news = news;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
