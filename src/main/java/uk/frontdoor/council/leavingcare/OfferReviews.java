package uk.frontdoor.council.leavingcare;

import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.partner.employer.OfferService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * Council side: the leaving care team (personal advisers among them) reviews employers' offers, approving and
 * publishing one or returning it with questions, searches the published ones, and tells an employer that a young
 * person is interested, without a word about who. Only the leaving care team; each step is audited.
 */
@Service
public class OfferReviews {

    public static final String TOPIC = "council-offers";
    public static final String COMMENT = "offer-questions";
    public static final int COMMENT_MAX = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OfferAcknowledgements acknowledgements;
    private final AuditTrail audit;

    private final CouncilAccess access;

    OfferReviews(JdbcClient jdbc, Clock clock, OfferAcknowledgements acknowledgements, AuditTrail audit, CouncilAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.acknowledgements = acknowledgements;
        this.audit = audit;
    }

    /** Offers waiting for review, oldest first. */
    @Transactional(readOnly = true)
    public List<OfferToReview> waiting(CurrentUser user) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        return jdbc.sql("SELECT * FROM council_offer WHERE status = 'WAITING' ORDER BY received_at, id")
                .query((row, n) -> toReview(row)).list();
    }

    @Transactional(readOnly = true)
    public Optional<OfferToReview> find(CurrentUser user, UUID id) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        return jdbc.sql("SELECT * FROM council_offer WHERE id = ?").param(id).query((row, n) -> toReview(row)).optional();
    }

    /**
     * Published offers still open (closing today or later, so they drop off by themselves), soonest closing first.
     *
     * @param type         null for every type
     * @param place        text the town or postcode contains (any case), or blank for anywhere
     * @param closingAfter only offers closing on or after this day, or null
     */
    @Transactional(readOnly = true)
    public List<OfferToReview> published(CurrentUser user, OfferType type, String place, LocalDate closingAfter) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        StringBuilder sql = new StringBuilder("SELECT * FROM council_offer WHERE status = 'PUBLISHED' AND closing_date >= ?");
        List<Object> params = new ArrayList<>();
        params.add(LocalDate.now(clock));
        if (type != null) {
            sql.append(" AND offer_type = ?");
            params.add(type.name());
        }
        if (place != null && !place.isBlank()) {
            sql.append(" AND position(lower(?) in lower(coalesce(location, ''))) > 0");
            params.add(place.strip());
        }
        if (closingAfter != null) {
            sql.append(" AND closing_date >= ?");
            params.add(closingAfter);
        }
        sql.append(" ORDER BY closing_date, title, id");
        return jdbc.sql(sql.toString()).params(params).query((row, n) -> toReview(row)).list();
    }

    /** Approves a waiting offer, which publishes it. */
    @Transactional
    public List<FieldError> approve(CurrentUser user, UUID id) {
        return decide(user, id, "PUBLISHED", null);
    }

    /** Returns a waiting offer to the employer with questions, which must be given. */
    @Transactional
    public List<FieldError> returnWithQuestions(CurrentUser user, UUID id, String questions) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        if (questions == null || questions.isBlank()) {
            return List.of(new FieldError(COMMENT, "Enter your questions for the employer"));
        }
        var problem = PlainText.problem(questions, COMMENT_MAX, true, "The questions");
        if (problem.isPresent()) {
            return List.of(new FieldError(COMMENT, problem.get()));
        }
        return decide(user, id, "RETURNED", questions.strip());
    }

    /**
     * Tells the employer that a young person is interested in a published offer. The message says only that;
     * nothing about the young person is taken here, so nothing about them can reach the employer.
     */
    @Transactional
    public List<FieldError> tellInterest(CurrentUser user, UUID id) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        Optional<OfferToReview> offer = jdbc.sql("SELECT * FROM council_offer WHERE id = ? AND status = 'PUBLISHED'")
                .param(id).query((row, n) -> toReview(row)).optional();
        if (offer.isEmpty()) {
            return List.of(new FieldError(OfferService.DECISION, "This offer is no longer published"));
        }
        OfferToReview published = offer.get();
        acknowledgements.send(id, published.organisationId(), published.version(), "interest",
                interestText(published.title()), clock.instant(), "interest-" + UUID.randomUUID());
        audit.record(user, AuditAction.OFFER_INTEREST_SENT, OfferService.subject(id, published.version()));
        return List.of();
    }

    public static String interestText(String title) {
        return "A young person is interested in " + title + "; the leaving care team will contact you";
    }

    private List<FieldError> decide(CurrentUser user, UUID id, String status, String comment) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        Instant now = clock.instant();
        var decided = jdbc.sql("UPDATE council_offer SET status = ?, comment = ?, decided_by = ?, decided_at = ? "
                        + "WHERE id = ? AND status = 'WAITING' RETURNING organisation, version")
                .params(status, comment, user.subject(), Timestamp.from(now), id)
                .query((row, n) -> new Object[] {row.getString("organisation"), row.getInt("version")})
                .optional();
        if (decided.isEmpty()) {
            return List.of(new FieldError(OfferService.DECISION, "This offer has been reviewed already or withdrawn"));
        }
        String organisation = (String) decided.get()[0];
        int version = (Integer) decided.get()[1];
        boolean published = "PUBLISHED".equals(status);
        acknowledgements.send(id, organisation, version, published ? "published" : "returned", comment, now,
                published ? "published" : "returned");
        audit.record(user, published ? AuditAction.OFFER_PUBLISHED : AuditAction.OFFER_RETURNED,
                OfferService.subject(id, version));
        return List.of();
    }

    private static OfferToReview toReview(java.sql.ResultSet row) throws java.sql.SQLException {
        return new OfferToReview(row.getObject("id", UUID.class), row.getString("organisation"),
                row.getString("employer_name"), row.getInt("version"), OfferType.valueOf(row.getString("offer_type")),
                row.getString("title"), row.getString("description"), row.getString("location"),
                row.getBoolean("remote"), row.getString("hours"), row.getInt("age_from"), row.getInt("age_to"),
                row.getObject("closing_date", LocalDate.class), row.getBoolean("guaranteed_interview"),
                row.getInt("places"), row.getString("status"), row.getString("comment"),
                row.getTimestamp("received_at").toInstant());
    }
}
