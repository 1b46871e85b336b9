package uk.frontdoor.partner.fostering;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;

/** Called by the placement-update-intake route: each {@code placement-update.v1} lands once, live. */
@Component("placementUpdates")
class PlacementUpdates {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LiveUpdatePublisher liveUpdates;

    PlacementUpdates(JdbcClient jdbc, JsonMapper json, LiveUpdatePublisher liveUpdates) {
        this.jdbc = jdbc;
        this.json = json;
        this.liveUpdates = liveUpdates;
    }

    @Transactional
    public void receive(String message) {
        JsonNode update = json.readTree(message);
        String reference = update.get("placement").asString();
        UUID placement = jdbc.sql("SELECT id FROM placement WHERE reference = ?").param(reference)
                .query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No placement has the update's reference"));
        int landed = jdbc.sql("INSERT INTO placement_update (id, message_id, placement_id, kind, title, text, sent_by, sent_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING")
                .params(UUID.randomUUID(), update.get("messageId").asString(), placement, update.get("kind").asString(),
                        update.get("title").asString(), update.get("text").asString(), update.get("sentBy").asString(),
                        Timestamp.from(Instant.parse(update.get("sentAt").asString())))
                .update();
        if (landed == 1) {
            liveUpdates.publishAfterCommit(Placements.liveTopic(reference));
        }
    }

    /** The fostering team has the carer's report: shown beside it, once. */
    @Transactional
    public void reportReceived(String message) {
        JsonNode acknowledgement = json.readTree(message);
        int landed = jdbc.sql("UPDATE carer_report SET received_at = ? WHERE message_id = ? AND received_at IS NULL")
                .params(Timestamp.from(Instant.parse(acknowledgement.get("occurredAt").asString())),
                        acknowledgement.get("report").asString())
                .update();
        if (landed == 1) {
            liveUpdates.publishAfterCommit(Placements.liveTopic(acknowledgement.get("placement").asString()));
        }
    }
}
