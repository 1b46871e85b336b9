package uk.frontdoor.council.leavingcare;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.contract.OfferV1;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.messaging.IdempotentIntake;

/**
 * Council side. Called by the offer-intake route with each {@code offer.v1}: records a submitted offer for the
 * leaving care team and queues the "received" acknowledgement in the same transaction, or takes a withdrawn
 * offer off the lists. A redelivered message does nothing; an older version arriving late changes nothing; a
 * withdrawal is final, even when it arrives before the offer it withdraws.
 */
@Component("offerIntake")
class OfferIntake {

    static final String CONSUMER = "offer-intake";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdempotentIntake intake;
    private final OfferAcknowledgements acknowledgements;
    private final LiveUpdatePublisher liveUpdates;

    OfferIntake(JdbcClient jdbc, Clock clock, IdempotentIntake intake, OfferAcknowledgements acknowledgements,
            LiveUpdatePublisher liveUpdates) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.intake = intake;
        this.acknowledgements = acknowledgements;
        this.liveUpdates = liveUpdates;
    }

    public void receive(String message) {
        intake.receive(CONSUMER, message, OfferV1.class, this::take);
    }

    private void take(OfferV1 sent) {
        UUID id = UUID.fromString(sent.offerId());
        String organisation = sent.organisationId();
        takeInTurn(id);
        if ("withdrawn".equals(sent.action())) {
            withdraw(id, organisation);
        } else {
            record(id, organisation, sent);
        }
    }

    /**
     * Messages about one offer are taken one at a time, until the transaction ends: otherwise a withdrawal and its
     * submission on two consumers at once could each miss the other.
     */
    private void takeInTurn(UUID id) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('council_offer'), hashtext(?))").param(id.toString())
                .query((row, n) -> true).single();
    }

    /** Remembered even when the offer has not arrived yet, so it arrives withdrawn. */
    private void withdraw(UUID id, String organisation) {
        jdbc.sql("INSERT INTO council_offer_withdrawal (offer_id, organisation, received_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (offer_id) DO NOTHING")
                .params(id, organisation, Timestamp.from(clock.instant())).update();
        jdbc.sql("UPDATE council_offer SET status = 'WITHDRAWN' WHERE id = ? AND organisation = ?")
                .params(id, organisation).update();
        liveUpdates.publishAfterCommit(OfferReviews.TOPIC);
    }

    /** A newer version replaces what the team holds and waits for review again, unless the offer was withdrawn. */
    private void record(UUID id, String organisation, OfferV1 sent) {
        int version = sent.version();
        boolean withdrawn = jdbc.sql("SELECT count(*) FROM council_offer_withdrawal WHERE offer_id = ? AND organisation = ?")
                .params(id, organisation).query(Long.class).single() > 0;
        Instant now = clock.instant();
        OfferV1.Details offer = sent.offer();
        int recorded = jdbc.sql("INSERT INTO council_offer (id, organisation, employer_name, version, offer_type, "
                        + "title, description, location, remote, hours, age_from, age_to, closing_date, "
                        + "guaranteed_interview, places, status, received_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, employer_name = EXCLUDED.employer_name, "
                        + "offer_type = EXCLUDED.offer_type, title = EXCLUDED.title, description = EXCLUDED.description, "
                        + "location = EXCLUDED.location, remote = EXCLUDED.remote, hours = EXCLUDED.hours, "
                        + "age_from = EXCLUDED.age_from, age_to = EXCLUDED.age_to, closing_date = EXCLUDED.closing_date, "
                        + "guaranteed_interview = EXCLUDED.guaranteed_interview, places = EXCLUDED.places, "
                        + "status = EXCLUDED.status, comment = NULL, decided_by = NULL, decided_at = NULL, "
                        + "received_at = EXCLUDED.received_at "
                        + "WHERE council_offer.organisation = EXCLUDED.organisation AND council_offer.version < EXCLUDED.version "
                        + "AND council_offer.status <> 'WITHDRAWN'")
                .params(id, organisation, sent.employerName(), version, offer.type(), offer.title(),
                        offer.description(), offer.location(), offer.remote(), offer.hours(), offer.ageFrom(),
                        offer.ageTo(), LocalDate.parse(offer.closingDate()), offer.guaranteedInterview(), offer.places(),
                        withdrawn ? "WITHDRAWN" : "WAITING", Timestamp.from(now))
                .update();
        if (recorded == 1 && !withdrawn) {
            acknowledgements.send(id, organisation, version, "received", null, now, "received");
            liveUpdates.publishAfterCommit(OfferReviews.TOPIC);
        }
    }
}
