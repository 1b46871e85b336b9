package uk.frontdoor.employer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.ProcessedMessages;
import uk.frontdoor.shell.LiveUpdates;

/**
 * Council side. Called by the offer-intake route with each {@code offer.v1}: records a submitted offer for the
 * leaving care team and queues the "received" acknowledgement in the same transaction, or takes a withdrawn
 * offer off the lists. A redelivered message does nothing; an older version arriving late changes nothing.
 */
@Component("offerIntake")
class OfferIntake {

    static final String CONSUMER = "offer-intake";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ProcessedMessages processed;
    private final OfferAcknowledgements acknowledgements;
    private final LiveUpdates liveUpdates;

    OfferIntake(JdbcClient jdbc, JsonMapper json, Clock clock, ProcessedMessages processed,
            OfferAcknowledgements acknowledgements, LiveUpdates liveUpdates) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.processed = processed;
        this.acknowledgements = acknowledgements;
        this.liveUpdates = liveUpdates;
    }

    @Transactional
    public void receive(String message) {
        JsonNode sent = json.readTree(message);
        if (!processed.firstTime(CONSUMER, sent.get("messageId").asString())) {
            return;
        }
        UUID id = UUID.fromString(sent.get("offerId").asString());
        String organisation = sent.get("organisationId").asString();
        int version = sent.get("version").asInt();
        Instant now = clock.instant();
        if ("withdrawn".equals(sent.get("action").asString())) {
            jdbc.sql("UPDATE council_offer SET status = 'WITHDRAWN' WHERE id = ? AND organisation = ? AND version <= ?")
                    .params(id, organisation, version).update();
            liveUpdates.publishAfterCommit(OfferReviews.TOPIC);
            return;
        }
        JsonNode offer = sent.get("offer");
        int recorded = jdbc.sql("INSERT INTO council_offer (id, organisation, employer_name, version, offer_type, "
                        + "title, description, location, remote, hours, age_from, age_to, closing_date, "
                        + "guaranteed_interview, places, status, received_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?) "
                        + "ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, employer_name = EXCLUDED.employer_name, "
                        + "offer_type = EXCLUDED.offer_type, title = EXCLUDED.title, description = EXCLUDED.description, "
                        + "location = EXCLUDED.location, remote = EXCLUDED.remote, hours = EXCLUDED.hours, "
                        + "age_from = EXCLUDED.age_from, age_to = EXCLUDED.age_to, closing_date = EXCLUDED.closing_date, "
                        + "guaranteed_interview = EXCLUDED.guaranteed_interview, places = EXCLUDED.places, "
                        + "status = 'WAITING', comment = NULL, decided_by = NULL, decided_at = NULL, "
                        + "received_at = EXCLUDED.received_at "
                        + "WHERE council_offer.organisation = EXCLUDED.organisation AND council_offer.version < EXCLUDED.version")
                .params(id, organisation, sent.get("employerName").asString(), version, offer.get("type").asString(),
                        offer.get("title").asString(), offer.get("description").asString(),
                        offer.hasNonNull("location") ? offer.get("location").asString() : null,
                        offer.get("remote").asBoolean(), offer.get("hours").asString(), offer.get("ageFrom").asInt(),
                        offer.get("ageTo").asInt(), LocalDate.parse(offer.get("closingDate").asString()),
                        offer.get("guaranteedInterview").asBoolean(), offer.get("places").asInt(), Timestamp.from(now))
                .update();
        if (recorded == 1) {
            acknowledgements.send(id, organisation, version, "received", null, now, "received");
            liveUpdates.publishAfterCommit(OfferReviews.TOPIC);
        }
    }
}
