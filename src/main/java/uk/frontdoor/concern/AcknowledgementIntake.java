package uk.frontdoor.concern;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.shell.LiveUpdates;

/**
 * Called by the acknowledgement-intake route with each {@code acknowledgement.v1} message: puts it on the
 * concern's timeline once, and tells the referrer's open screens.
 */
@Component("acknowledgementIntake")
class AcknowledgementIntake {

    private final ConcernService concerns;
    private final JsonMapper json;
    private final LiveUpdates liveUpdates;

    AcknowledgementIntake(ConcernService concerns, JsonMapper json, LiveUpdates liveUpdates) {
        this.concerns = concerns;
        this.json = json;
        this.liveUpdates = liveUpdates;
    }

    @Transactional
    public void receive(String message) {
        JsonNode acknowledgement = json.readTree(message);
        String reference = acknowledgement.get("reference").asString();
        boolean landed = concerns.acknowledge(reference,
                TimelineStatus.ofCode(acknowledgement.get("status").asString()),
                Instant.parse(acknowledgement.get("occurredAt").asString()),
                acknowledgement.get("messageId").asString());
        if (landed) {
            liveUpdates.publishAfterCommit(reference);
        }
    }
}
