package uk.frontdoor.council.fostering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.OutgoingMessage;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.messaging.ProcessedMessages;

/**
 * The council's fostering team's side (the carer-report-intake route calls it): each report is recorded once
 * and "received" goes back to the carer through the outbox, in the same transaction.
 */
@Component("fosteringTeam")
class FosteringTeam {

    static final String CONSUMER = "carer-report-intake";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ProcessedMessages processed;
    private final Outbox outbox;

    FosteringTeam(JdbcClient jdbc, JsonMapper json, Clock clock, ProcessedMessages processed, Outbox outbox) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.processed = processed;
        this.outbox = outbox;
    }

    @Transactional
    public void receive(String message) {
        JsonNode report = json.readTree(message);
        String messageId = report.get("messageId").asString();
        if (!processed.firstTime(CONSUMER, messageId)) {
            return;
        }
        Instant now = clock.instant();
        String placement = report.get("placement").asString();
        jdbc.sql("INSERT INTO fostering_team_report (id, message_id, placement, kind, report, received_at) "
                        + "VALUES (?, ?, ?, ?, ?::jsonb, ?)")
                .params(UUID.randomUUID(), messageId, placement, report.get("kind").asString(), message, Timestamp.from(now))
                .update();
        Map<String, Object> acknowledgement = new LinkedHashMap<>();
        acknowledgement.put("contract", "carer-report-acknowledgement.v1");
        acknowledgement.put("messageId", "ack-" + messageId);
        acknowledgement.put("placement", placement);
        acknowledgement.put("report", messageId);
        acknowledgement.put("status", "received");
        acknowledgement.put("occurredAt", now.toString());
        outbox.send(new OutgoingMessage(Routes.CARER_REPORT_ACKNOWLEDGEMENT_TO_PARTNER, "ack-" + messageId, json.writeValueAsString(acknowledgement)));
    }
}
