package uk.frontdoor.partner.fostering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.contract.PlacementV1;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.messaging.ContractViolation;
import uk.frontdoor.messaging.Contracts;
import uk.frontdoor.messaging.IdempotentIntake;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CouncilSides;

/**
 * Placements from the council's placement system ({@code placement.v1}), from the {@code portal.placements} queue
 * (placement-intake) and from {@code POST /api/v1/placements}, by this one code path: "started" creates, "changed"
 * updates, "ended" ends; each message once (by its id), and an event whose sequence is not above the last one applied
 * to its placement changes nothing, so a late "started" never reopens an ended placement. A placement once ended stays
 * ended ("changed" never clears the end; a new placement is a new id). The carer's open pages update live, and a
 * carer who asked is told there is news ({@link CarerNews}).
 */
@Component("placementIntake")
public class PlacementIntake {

    static final String CONSUMER = "placement-intake";

    /** What became of a message. */
    public enum Outcome {
        /** The placement now is as the message says. */
        APPLIED,
        /** A later event on the placement had been applied already: nothing changed. */
        SUPERSEDED,
        /** The same message (by its id) had been received before. */
        ALREADY_RECEIVED
    }

    private final JdbcClient jdbc;
    private final IdempotentIntake intake;
    private final Contracts contracts;
    private final LiveUpdatePublisher liveUpdates;
    private final String fosteringService;
    private final CarerNews news;

    PlacementIntake(JdbcClient jdbc, IdempotentIntake intake, Contracts contracts, LiveUpdatePublisher liveUpdates,
            CouncilSides sides, CarerNews news) {
        this.jdbc = jdbc;
        this.news = news;
        this.intake = intake;
        this.contracts = contracts;
        this.liveUpdates = liveUpdates;
        this.fosteringService = sides.organisation(CouncilSide.FOSTERING_SERVICE);
    }

    /** For the route, which has checked the message against its contract. */
    public void receive(String message) {
        apply(message);
    }

    /**
     * Checks the message against {@code placement.v1} and applies it.
     *
     * @throws ContractViolation when it breaks its contract, names a carer organisation other than the fostering
     *         service's, or names another carer than the one its placement is with
     */
    @Transactional
    public Outcome check(String message) {
        contracts.check(message, PlacementV1.NAME);
        return apply(message);
    }

    private Outcome apply(String message) {
        AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.ALREADY_RECEIVED);
        intake.receive(CONSUMER, message, PlacementV1.class, placement -> outcome.set(land(placement)));
        return outcome.get();
    }

    private Outcome land(PlacementV1 event) {
        if (!fosteringService.equals(event.carerOrganisation())) {
            throw new ContractViolation("placement.v1: carerOrganisation is not the fostering service this portal serves");
        }
        LocalDate endedOn = PlacementV1.ENDED.equals(event.event()) ? LocalDate.parse(event.endedOn()) : null;
        Optional<Current> current = current(event.placement());
        if (current.isEmpty()) {
            int created = jdbc.sql("INSERT INTO placement (id, reference, carer_subject, child_first_name, "
                            + "child_date_of_birth, placement_type, started_on, ended_on, child_social_worker, "
                            + "child_social_worker_phone, supervising_social_worker, supervising_social_worker_phone, "
                            + "delegated_authority, next_review_on, next_visit_on, last_sequence, changed_by) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING")
                    .params(UUID.randomUUID(), event.placement(), event.carer(), event.childFirstName(),
                            date(event.childDateOfBirth()), type(event), date(event.startedOn()), sqlDate(endedOn),
                            event.childSocialWorker(), event.childSocialWorkerPhone(), event.supervisingSocialWorker(),
                            event.supervisingSocialWorkerPhone(), event.delegatedAuthority(), date(event.nextReviewOn()),
                            date(event.nextVisitOn()), event.sequence(), event.sentBy())
                    .update();
            if (created == 1) {
                published(event);
                return Outcome.APPLIED;
            }
            // Another consumer (the queue's, the API's) created it in the meantime: apply this one after it.
            current = current(event.placement());
        }
        Current found = current.orElseThrow();
        if (!found.carer().equals(event.carer())) {
            throw new ContractViolation("placement.v1: carer is not the carer this placement is with");
        }
        if (event.sequence() <= found.lastSequence()) {
            return Outcome.SUPERSEDED;
        }
        jdbc.sql("UPDATE placement SET child_first_name = ?, child_date_of_birth = ?, placement_type = ?, started_on = ?, "
                        + "ended_on = COALESCE(?, ended_on), child_social_worker = ?, child_social_worker_phone = ?, "
                        + "supervising_social_worker = ?, supervising_social_worker_phone = ?, delegated_authority = ?, "
                        + "next_review_on = ?, next_visit_on = ?, last_sequence = ?, changed_by = ? WHERE reference = ?")
                .params(event.childFirstName(), date(event.childDateOfBirth()), type(event), date(event.startedOn()),
                        sqlDate(endedOn), event.childSocialWorker(), event.childSocialWorkerPhone(),
                        event.supervisingSocialWorker(), event.supervisingSocialWorkerPhone(), event.delegatedAuthority(),
                        date(event.nextReviewOn()), date(event.nextVisitOn()), event.sequence(), event.sentBy(),
                        event.placement())
                .update();
        published(event);
        return Outcome.APPLIED;
    }

    private Optional<Current> current(String reference) {
        return jdbc.sql("SELECT carer_subject, last_sequence FROM placement WHERE reference = ? FOR UPDATE")
                .param(reference)
                .query((row, n) -> new Current(row.getString("carer_subject"), row.getLong("last_sequence")))
                .optional();
    }

    private void published(PlacementV1 event) {
        liveUpdates.publishAfterCommit(Placements.liveTopic(event.placement()));
        liveUpdates.publishAfterCommit(carerTopic(event.carer()));
        news.newsLanded(event.placement(), event.messageId());
    }

    /** What a carer's open list of placements listens to: the carer's subject, hashed, never the subject itself. */
    public static String carerTopic(String carerSubject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(carerSubject.getBytes(StandardCharsets.UTF_8));
            return "carer-placements-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private static String type(PlacementV1 event) {
        return PlacementType.valueOf(event.placementType().replace('-', '_').toUpperCase(Locale.ROOT)).name();
    }

    private static Date date(String day) {
        return day == null ? null : Date.valueOf(LocalDate.parse(day));
    }

    private static Date sqlDate(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private record Current(String carer, long lastSequence) {
    }
}
