package uk.frontdoor.partner.employer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.contract.OfferV1;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.organisation.Organisations;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;

/**
 * The employer's side of offers for care-experienced young people: drafts, sending for approval, withdrawing,
 * and the council's answers. An employer only ever sees and changes its own organisation's offers; the council
 * hears of them only through {@code offer.v1}.
 */
@Service
public class OfferService extends EmployerSide {

    static final String CONSUMER = "offer-acknowledgement-intake";
    public static final String DECISION = "offer-decision";

    OfferService(JdbcClient jdbc, Clock clock, Organisations organisations, Outbox outbox,
            AuditTrail audit, LiveUpdatePublisher liveUpdates, EmployerNews news) {
        super(jdbc, clock, organisations, outbox, audit, liveUpdates, news);
    }

    /** The topic an employer's open offers page listens on for the council's answers. */
    public static String topic(String organisationId) {
        return "employer-offers-" + organisationId;
    }

    /** The outcome of a save: the offer's id when it was saved, or the problems. */
    public record Saved(UUID id, List<FieldError> problems) {
    }

    /**
     * Saves a new draft ({@code id} null) or changes a draft or a returned offer of this employer's own.
     * Every answer is checked first; nothing is saved while there is a problem.
     */
    @Transactional
    public Saved saveDraft(CurrentUser user, UUID id, OfferForm form) {
        user.requireEmployer();
        organisations.get(user.organisationId());
        List<FieldError> errors = form.problems(today());
        if (!errors.isEmpty()) {
            return new Saved(id, errors);
        }
        Instant now = clock.instant();
        if (id == null) {
            UUID created = UUID.randomUUID();
            jdbc.sql("INSERT INTO employer_offer (id, organisation, offer_type, title, description, location, remote, "
                            + "hours, age_from, age_to, closing_date, guaranteed_interview, places, status, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?)")
                    .params(created, user.organisationId(), form.type().name(), form.title().strip(),
                            form.description().strip(), form.locationValue(), form.remote(), form.hours().strip(),
                            form.ageFromValue(), form.ageToValue(), form.closingDate(), form.interviewGuaranteed(),
                            form.placeCount(), Timestamp.from(now))
                    .update();
            return new Saved(created, List.of());
        }
        int changed = jdbc.sql("UPDATE employer_offer SET offer_type = ?, title = ?, description = ?, location = ?, "
                        + "remote = ?, hours = ?, age_from = ?, age_to = ?, closing_date = ?, guaranteed_interview = ?, "
                        + "places = ?, updated_at = ? WHERE id = ? AND organisation = ? AND status IN ('DRAFT', 'RETURNED')")
                .params(form.type().name(), form.title().strip(), form.description().strip(), form.locationValue(),
                        form.remote(), form.hours().strip(), form.ageFromValue(), form.ageToValue(), form.closingDate(),
                        form.interviewGuaranteed(), form.placeCount(), Timestamp.from(now), id, user.organisationId())
                .update();
        if (changed == 0) {
            return new Saved(id, List.of(new FieldError(DECISION, "This offer cannot be changed now")));
        }
        return new Saved(id, List.of());
    }

    /**
     * Sends a draft or a returned offer of this employer's own to the council for approval: the new status and
     * the {@code offer.v1} message in one transaction. A closing date that has passed since it was saved stops it.
     */
    @Transactional
    public List<FieldError> submit(CurrentUser user, UUID id) {
        user.requireEmployer();
        Offer offer = own(user, id).orElse(null);
        if (offer == null || !offer.status().editable()) {
            return List.of(new FieldError(DECISION, "This offer has been sent already or cannot be sent now"));
        }
        List<FieldError> errors = offer.form().problems(today());
        if (!errors.isEmpty()) {
            return errors;
        }
        Instant now = clock.instant();
        int version = offer.version() + 1;
        jdbc.sql("UPDATE employer_offer SET status = 'SUBMITTED', version = ?, council_comment = NULL, "
                        + "submitted_at = ?, received_at = NULL, decided_at = NULL, updated_at = ? "
                        + "WHERE id = ? AND organisation = ?")
                .params(version, Timestamp.from(now), Timestamp.from(now), id, user.organisationId()).update();
        outbox.send(Routes.OFFER_TO_COUNCIL, message(offer, version, "submitted", now,
                organisations.get(user.organisationId()).name(), new OfferV1.Details(offer.type().name(), offer.title(),
                        offer.description(), offer.location(), offer.remote(), offer.hours(), offer.ageFrom(),
                        offer.ageTo(), offer.closingDate().toString(), offer.guaranteedInterview(), offer.places())));
        audit.record(user, AuditAction.OFFER_SUBMITTED, subject(id, version));
        return List.of();
    }

    /** Withdraws a sent or published offer of this employer's own; the council takes it off the list. */
    @Transactional
    public List<FieldError> withdraw(CurrentUser user, UUID id) {
        user.requireEmployer();
        Offer offer = own(user, id).orElse(null);
        if (offer == null || !offer.status().withdrawable()) {
            return List.of(new FieldError(DECISION, "Only an offer that has been sent or published can be withdrawn"));
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE employer_offer SET status = 'WITHDRAWN', updated_at = ? WHERE id = ? AND organisation = ?")
                .params(Timestamp.from(now), id, user.organisationId()).update();
        outbox.send(Routes.OFFER_TO_COUNCIL, message(offer, offer.version(), "withdrawn", now, null, null));
        audit.record(user, AuditAction.OFFER_WITHDRAWN, subject(id, offer.version()));
        return List.of();
    }

    /** This employer's own offers, newest first. */
    @Transactional(readOnly = true)
    public List<Offer> offers(CurrentUser user) {
        user.requireEmployer();
        return jdbc.sql("SELECT * FROM employer_offer WHERE organisation = ? ORDER BY updated_at DESC, id")
                .param(user.organisationId()).query((row, n) -> offer(row)).list();
    }

    /** One of this employer's own offers; another employer's offer is simply not there. */
    @Transactional(readOnly = true)
    public Optional<Offer> offer(CurrentUser user, UUID id) {
        user.requireEmployer();
        return own(user, id);
    }

    /**
     * The council's answer ({@code offer-acknowledgement.v1}), once. An answer about an older version than the
     * one now sent changes nothing, and nothing brings back a withdrawn offer.
     */
    @Transactional
    public void acknowledge(UUID offerId, String organisationId, int version, String status, String comment,
            Instant at) {
        Timestamp when = Timestamp.from(at);
        int changed = switch (status) {
            case "received" -> jdbc.sql("UPDATE employer_offer SET status = CASE WHEN status = 'SUBMITTED' "
                            + "THEN 'RECEIVED' ELSE status END, received_at = COALESCE(received_at, ?) "
                            + "WHERE id = ? AND organisation = ? AND version = ?")
                    .params(when, offerId, organisationId, version).update();
            case "published", "returned" -> jdbc.sql("UPDATE employer_offer SET status = ?, council_comment = ?, "
                            + "decided_at = ?, received_at = COALESCE(received_at, ?) WHERE id = ? AND organisation = ? "
                            + "AND version = ? AND status IN ('SUBMITTED', 'RECEIVED')")
                    .params("published".equals(status) ? "PUBLISHED" : "RETURNED", comment, when, when, offerId,
                            organisationId, version).update();
            case "interest" -> jdbc.sql("UPDATE employer_offer SET interest_note = ? WHERE id = ? AND organisation = ?")
                    .params(comment, offerId, organisationId).update();
            default -> throw new IllegalArgumentException("Unknown offer acknowledgement status");
        };
        if (changed > 0) {
            news.offerAnswered(organisationId, offerId, version, status, at);
            liveUpdates.publishAfterCommit(topic(organisationId));
        }
    }

    public static String subject(UUID offerId, int version) {
        return "offer " + offerId + " v" + version;
    }

    /** A short fixed-length message id for one thing that happened to one version of an offer. */
    public static String messageId(String prefix, UUID offerId, int version, String what) {
        return prefix + UUID.nameUUIDFromBytes((offerId + "/" + version + "/" + what)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A withdrawal carries only the offer's identity: no employer name, no details. */
    private static OfferV1 message(Offer offer, int version, String action, Instant now, String employerName,
            OfferV1.Details details) {
        return new OfferV1(messageId("offer-", offer.id(), version, action), offer.id().toString(),
                offer.organisationId(), employerName, version, action, now.toString(), details);
    }

    private Optional<Offer> own(CurrentUser user, UUID id) {
        return jdbc.sql("SELECT * FROM employer_offer WHERE id = ? AND organisation = ?")
                .params(id, user.organisationId()).query((row, n) -> offer(row)).optional();
    }

    private static Offer offer(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Offer(row.getObject("id", UUID.class), row.getString("organisation"),
                OfferType.valueOf(row.getString("offer_type")), row.getString("title"), row.getString("description"),
                row.getString("location"), row.getBoolean("remote"), row.getString("hours"), row.getInt("age_from"),
                row.getInt("age_to"), row.getObject("closing_date", LocalDate.class),
                row.getBoolean("guaranteed_interview"), row.getInt("places"), row.getInt("version"),
                OfferStatus.valueOf(row.getString("status")), row.getString("council_comment"),
                row.getString("interest_note"), instant(row.getTimestamp("submitted_at")),
                instant(row.getTimestamp("received_at")), instant(row.getTimestamp("decided_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
