package uk.frontdoor.partner.fostering;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.CarerReportAcknowledgementV1;
import uk.frontdoor.contract.PlacementUpdateV1;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.messaging.IdempotentIntake;

/** Called by the placement-update-intake route: each {@code placement-update.v1} lands once, live. */
@Component("placementUpdates")
class PlacementUpdates {

    static final String UPDATE_CONSUMER = "placement-update-intake";
    static final String REPORT_RECEIVED_CONSUMER = "carer-report-acknowledgement-intake";

    private final JdbcClient jdbc;
    private final IdempotentIntake intake;
    private final LiveUpdatePublisher liveUpdates;
    private final CarerNews news;

    PlacementUpdates(JdbcClient jdbc, IdempotentIntake intake, LiveUpdatePublisher liveUpdates, CarerNews news) {
        this.jdbc = jdbc;
        this.news = news;
        this.intake = intake;
        this.liveUpdates = liveUpdates;
    }

    public void receive(String message) {
        intake.receive(UPDATE_CONSUMER, message, PlacementUpdateV1.class, this::land);
    }

    private void land(PlacementUpdateV1 update) {
        UUID placement = jdbc.sql("SELECT id FROM placement WHERE reference = ?").param(update.placement())
                .query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No placement has the update's reference"));
        int landed = jdbc.sql("INSERT INTO placement_update (id, message_id, placement_id, kind, title, text, sent_by, sent_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING")
                .params(UUID.randomUUID(), update.messageId(), placement, update.kind(), update.title(), update.text(),
                        update.sentBy(), Timestamp.from(Instant.parse(update.sentAt())))
                .update();
        if (landed == 1) {
            liveUpdates.publishAfterCommit(Placements.liveTopic(update.placement()));
            news.newsLanded(update.placement(), update.messageId());
        }
    }

    /** The fostering team has the carer's report: shown beside it, once. */
    public void reportReceived(String message) {
        intake.receive(REPORT_RECEIVED_CONSUMER, message, CarerReportAcknowledgementV1.class, this::received);
    }

    private void received(CarerReportAcknowledgementV1 acknowledgement) {
        int landed = jdbc.sql("UPDATE carer_report SET received_at = ? WHERE message_id = ? AND received_at IS NULL")
                .params(Timestamp.from(Instant.parse(acknowledgement.occurredAt())), acknowledgement.report())
                .update();
        if (landed == 1) {
            liveUpdates.publishAfterCommit(Placements.liveTopic(acknowledgement.placement()));
        }
    }
}
