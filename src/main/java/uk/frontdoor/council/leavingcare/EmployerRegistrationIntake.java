package uk.frontdoor.council.leavingcare;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.EmployerRegistrationV1;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.messaging.IdempotentIntake;

/**
 * Council side. Called by the employer-registration-intake route with each {@code employer-registration.v1}:
 * records it for the leaving care team and queues the "received" acknowledgement in the same transaction. A
 * redelivered message does nothing; a newer version from the same employer supersedes one still waiting.
 */
@Component("employerRegistrationIntake")
class EmployerRegistrationIntake {

    static final String CONSUMER = "employer-registration-intake";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdempotentIntake intake;
    private final EmployerAcknowledgements acknowledgements;
    private final LiveUpdatePublisher liveUpdates;

    EmployerRegistrationIntake(JdbcClient jdbc, Clock clock, IdempotentIntake intake,
            EmployerAcknowledgements acknowledgements, LiveUpdatePublisher liveUpdates) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.intake = intake;
        this.acknowledgements = acknowledgements;
        this.liveUpdates = liveUpdates;
    }

    public void receive(String message) {
        intake.receive(CONSUMER, message, EmployerRegistrationV1.class, registration -> record(registration, message));
    }

    /** The message is kept as it came, for the team's check. */
    private void record(EmployerRegistrationV1 registration, String message) {
        String organisation = registration.organisationId();
        int version = registration.version();
        Instant now = clock.instant();
        jdbc.sql("UPDATE council_employer_registration SET status = 'SUPERSEDED' "
                        + "WHERE organisation = ? AND version < ? AND status = 'WAITING'")
                .params(organisation, version).update();
        int inserted = jdbc.sql("INSERT INTO council_employer_registration (id, message_id, organisation, name, version, "
                        + "submission, received_at, status) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?) "
                        + "ON CONFLICT (organisation, version) DO NOTHING")
                .params(UUID.randomUUID(), registration.messageId(), organisation, registration.employer().name(),
                        version, message, Timestamp.from(now),
                        newerArrived(organisation, version) ? "SUPERSEDED" : "WAITING")
                .update();
        if (inserted == 1) {
            acknowledgements.send(organisation, version, "received", null, now);
            liveUpdates.publishAfterCommit(RegistrationChecks.TOPIC);
        }
    }

    /** Messages can overtake each other: an older version arriving late never waits for a check. */
    private boolean newerArrived(String organisation, int version) {
        return jdbc.sql("SELECT count(*) FROM council_employer_registration WHERE organisation = ? AND version > ?")
                .params(organisation, version).query(Integer.class).single() > 0;
    }
}
