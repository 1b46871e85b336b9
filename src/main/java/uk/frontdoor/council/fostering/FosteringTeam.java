package uk.frontdoor.council.fostering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.CarerReportAcknowledgementV1;
import uk.frontdoor.contract.CarerReportV1;
import uk.frontdoor.messaging.IdempotentIntake;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.messaging.Routes;

/**
 * The council's fostering team's side (the carer-report-intake route calls it): each report is recorded once
 * and "received" goes back to the carer through the outbox, in the same transaction.
 */
@Component("fosteringTeam")
class FosteringTeam {

    static final String CONSUMER = "carer-report-intake";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdempotentIntake intake;
    private final Outbox outbox;

    FosteringTeam(JdbcClient jdbc, Clock clock, IdempotentIntake intake, Outbox outbox) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.intake = intake;
        this.outbox = outbox;
    }

    public void receive(String message) {
        intake.receive(CONSUMER, message, CarerReportV1.class, report -> record(report, message));
    }

    /** The report is kept as it came. */
    private void record(CarerReportV1 report, String message) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO fostering_team_report (id, message_id, placement, kind, report, received_at) "
                        + "VALUES (?, ?, ?, ?, ?::jsonb, ?)")
                .params(UUID.randomUUID(), report.messageId(), report.placement(), report.kind(), message,
                        Timestamp.from(now))
                .update();
        outbox.send(Routes.CARER_REPORT_ACKNOWLEDGEMENT_TO_PARTNER, new CarerReportAcknowledgementV1(
                "ack-" + report.messageId(), report.placement(), report.messageId(), "received", now.toString()));
    }
}
