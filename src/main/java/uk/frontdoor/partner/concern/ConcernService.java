package uk.frontdoor.partner.concern;

import uk.frontdoor.news.UkMobileNumber;
import uk.frontdoor.news.HowToTell;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.messaging.ConversationMessage;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.MessageMismatch;
import uk.frontdoor.contract.ChallengeV1;
import uk.frontdoor.contract.AdviceRequestV1;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.organisation.Organisation;
import uk.frontdoor.organisation.Organisations;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.validation.MessageText;

/**
 * Submitting a concern and reading what happened to it. A referrer sees their own concerns; a school's
 * safeguarding lead sees every concern from their school; nobody else sees any.
 */
@Service
public class ConcernService {

    /** What lists show in place of a child's name for a request for advice. */
    public static final String ADVICE_REQUEST = "Request for advice";
    /** The columns that make a repeated submit the same one: a concern's draft, a request for advice's page. */
    private static final String BY_DRAFT = "draft_id";
    private static final String BY_SUBMISSION = "submission_id";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ConcernDrafts drafts;
    private final Organisations organisations;
    private final Outbox outbox;
    private final AuditTrail audit;

    ConcernService(JdbcClient jdbc, JsonMapper json, Clock clock, ConcernDrafts drafts, Organisations organisations,
            Outbox outbox, AuditTrail audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.drafts = drafts;
        this.organisations = organisations;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * Checks every answer again, then records the concern and its contact message in one transaction.
     * Submitting the same draft twice (a double tap, a retried request) returns the first reference.
     */
    @Transactional
    public Submission submit(CurrentUser user, UUID draftId) {
        user.requireReferrer();
        Optional<String> already = referenceOf(user, BY_DRAFT, draftId);
        if (already.isPresent()) {
            return new Submission(already.get(), List.of());
        }
        ConcernDraft draft = drafts.current(user).filter(current -> current.id().equals(draftId))
                .orElseThrow(() -> new AccessDeniedException("No such draft"));
        var errors = drafts.check(user, ConcernStep.CHECK, draft.answers());
        if (!errors.isEmpty()) {
            return new Submission(null, errors);
        }
        String reference = insertConcern(user, draftId, draft.answers());
        if (reference == null) {
            return new Submission(referenceOf(user, BY_DRAFT, draftId).orElseThrow(), List.of());
        }
        jdbc.sql("DELETE FROM concern_draft WHERE id = ?").param(draftId).update();
        return new Submission(reference, List.of());
    }

    /**
     * A partner's system submits every answer in one request, for the organisation its token names. There is no
     * draft; the answers go through the same checks as the form's "check your answers" page.
     */
    @Transactional
    public Submission submitFromPartner(CurrentUser system, ConcernAnswers answers) {
        system.requirePartnerSystem();
        var errors = problemsWith(system, answers);
        if (!errors.isEmpty()) {
            return new Submission(null, errors);
        }
        return new Submission(insertConcern(system, null, answers), List.of());
    }

    /** Every answer checked by the form's rules, as a partner system's submission will be. */
    public List<uk.frontdoor.validation.FieldError> problemsWith(CurrentUser system, ConcernAnswers answers) {
        return drafts.check(system, ConcernStep.CHECK, answers);
    }

    /**
     * One concern raised from the partner system's organisation, audited as viewed by the system.
     *
     * @return empty when no concern has the reference or another organisation raised it: references are
     *         sequential, so telling the two apart would let a client find out which exist
     */
    @Transactional
    public Optional<ConcernSummary> findForPartner(CurrentUser system, String reference) {
        system.requirePartnerSystem();
        Optional<String> organisation = jdbc.sql("SELECT organisation FROM concern WHERE reference = ?")
                .param(reference).query(String.class).optional();
        if (organisation.isEmpty() || !organisation.get().equals(system.organisationId())) {
            return Optional.empty();
        }
        audit.record(system, AuditAction.CONCERN_VIEWED, reference);
        return summaries(system, "reference = ?", reference).stream().findFirst();
    }

    /** Records a concern, its timeline's first entry and its contact message. @return null when the draft was submitted already */
    private String insertConcern(CurrentUser user, UUID draftId, ConcernAnswers answers) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String reference = nextReference(now);
        int inserted = jdbc.sql("INSERT INTO concern (id, reference, draft_id, referrer_subject, referrer_name, "
                        + "organisation, child_name, level_of_need, answers, submitted_at, notify_email, notify_mobile) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) ON CONFLICT (draft_id) DO NOTHING")
                .params(id, reference, draftId, user.subject(), user.name(), user.organisationId(),
                        answers.childName(), Integer.parseInt(answers.getLevelOfNeed()),
                        json.writeValueAsString(answers), Timestamp.from(now),
                        answers.tellBy(HowToTell.EMAIL) ? answers.emailFor(user.email()) : null,
                        answers.tellBy(HowToTell.TEXT_MESSAGE)
                                ? UkMobileNumber.parse(answers.getMobileNumber()).orElseThrow().digits() : null)
                .update();
        if (inserted == 0) {
            return null;
        }
        addToTimeline(id, TimelineStatus.SUBMITTED, now, "submitted-" + id, null);
        Organisation organisation = organisations.get(user.organisationId());
        String messageId = "contact-" + id;
        outbox.send(Routes.CONTACT_TO_COUNCIL,
                ContactMessage.of(messageId, reference, id, now, answers, user, organisation));
        audit.record(user, AuditAction.CONCERN_SUBMITTED, reference);
        return reference;
    }

    /**
     * Asks ChAD for a consultation without making a referral. It gets a reference and a timeline like a concern,
     * and reaches the duty service as a contact of its own kind.
     *
     * @param submissionId minted by the page when it was built: the same submission reaching the server twice (a
     *                     retried request, two clicks racing) returns the first request's reference
     */
    @Transactional
    public Submission askForAdvice(CurrentUser user, UUID submissionId, AdviceRequest request) {
        user.requireReferrer();
        Objects.requireNonNull(submissionId);
        Optional<String> already = referenceOf(user, BY_SUBMISSION, submissionId);
        if (already.isPresent()) {
            return new Submission(already.get(), List.of());
        }
        var errors = request.problems();
        if (!errors.isEmpty()) {
            return new Submission(null, errors);
        }
        String reference = insertAdviceRequest(user, submissionId, request);
        if (reference == null) {
            return new Submission(referenceOf(user, BY_SUBMISSION, submissionId).orElseThrow(), List.of());
        }
        return new Submission(reference, List.of());
    }

    /** Records a request for advice and its message. @return null when the same submission was recorded already */
    private String insertAdviceRequest(CurrentUser user, UUID submissionId, AdviceRequest request) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String reference = nextReference(now);
        Organisation organisation = organisations.get(user.organisationId());
        int inserted = jdbc.sql("INSERT INTO concern (id, reference, submission_id, referrer_subject, referrer_name, "
                        + "organisation, child_name, answers, submitted_at, kind) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, 'advice') ON CONFLICT (submission_id) DO NOTHING")
                .params(id, reference, submissionId, user.subject(), user.name(),
                        user.organisationId(), ADVICE_REQUEST, json.writeValueAsString(request), Timestamp.from(now))
                .update();
        if (inserted == 0) {
            return null;
        }
        addToTimeline(id, TimelineStatus.SUBMITTED, now, "submitted-" + id, null);
        String messageId = "advice-" + id;
        outbox.send(Routes.ADVICE_REQUEST_TO_COUNCIL, new AdviceRequestV1(messageId, reference, id.toString(),
                now.toString(), ContactMessage.referrer(user, organisation), request.question().strip(),
                request.callbackPhone().strip(), ContactMessage.given(request.bestTime()),
                request.request() == null ? null : new uk.frontdoor.contract.Request(request.request(), null)));
        audit.record(user, AuditAction.CONCERN_SUBMITTED, reference);
        return reference;
    }

    /** Concerns this person may see, newest first. The list names each child, so it is audited as shown. */
    @Transactional
    public List<ConcernSummary> visibleTo(CurrentUser user) {
        user.requireReferrer();
        boolean lead = user.has(Role.SAFEGUARDING_LEAD);
        List<ConcernSummary> shown = lead
                ? summaries(user, "organisation = ?", user.organisationId())
                : summaries(user, "referrer_subject = ?", user.subject());
        audit.recordShown(user, AuditAction.CONCERNS_LISTED, lead ? "concerns raised from " + user.organisationId()
                : "concerns I raised", shown.stream().map(ConcernSummary::reference).toList());
        return shown;
    }

    /** Every concern raised from one organisation: for the partner API, whose clients act for one organisation. */
    @Transactional(readOnly = true)
    public List<ConcernSummary> raisedFrom(String organisationId) {
        return summaries(null, "organisation = ?", organisationId);
    }

    /** @param viewer who reads them: only the referrer who raised a concern sees how they were told of news */
    private List<ConcernSummary> summaries(CurrentUser viewer, String whose, Object... who) {
        return jdbc.sql("SELECT id, reference, child_name, referrer_name, referrer_subject, submitted_at FROM concern WHERE "
                        + whose + " ORDER BY submitted_at DESC LIMIT 200")
                .params(who)
                .query((row, n) -> {
                    boolean toItsReferrer = viewer != null && viewer.subject().equals(row.getString("referrer_subject"));
                    String sent = ADVICE_REQUEST.equals(row.getString("child_name")) ? "request for advice" : "concern";
                    return new ConcernSummary(row.getString("reference"), row.getString("child_name"),
                            row.getString("referrer_name"), row.getTimestamp("submitted_at").toInstant(),
                            timeline(row.getObject("id", UUID.class), toItsReferrer, (toItsReferrer ? "your "
                                    // a partner's system (no viewer) is not given a colleague's name it did not have
                                    : viewer == null ? "the " : row.getString("referrer_name") + "'s ") + sent));
                })
                .list();
    }

    /** One concern and its timeline, if this person may see it. Every view is audited. */
    @Transactional
    public Optional<ConcernSummary> find(CurrentUser user, String reference) {
        Optional<ConcernSummary> concern = lookup(user, reference);
        concern.ifPresent(found -> audit.record(user, AuditAction.CONCERN_VIEWED, reference));
        return concern;
    }

    /**
     * What the referrer sent, for their own timeline only: a safeguarding lead opening a colleague's concern gets
     * nothing here. Its opening is audited by {@link #find}.
     */
    @Transactional(readOnly = true)
    public Optional<ConcernAnswers> sentBy(CurrentUser user, String reference) {
        return sent(user, reference, "concern", ConcernAnswers.class);
    }

    /** As {@link #sentBy}, for a request for advice. */
    @Transactional(readOnly = true)
    public Optional<AdviceRequest> adviceSentBy(CurrentUser user, String reference) {
        return sent(user, reference, "advice", AdviceRequest.class);
    }

    private <T> Optional<T> sent(CurrentUser user, String reference, String kind, Class<T> as) {
        user.requireReferrer();
        return jdbc.sql("SELECT answers::text FROM concern WHERE reference = ? AND referrer_subject = ? AND kind = ?")
                .params(reference, user.subject(), kind)
                .query(String.class).optional()
                .map(answers -> json.readValue(answers, as));
    }

    /** As {@link #find}, for refreshing a view whose opening was audited already. */
    @Transactional(readOnly = true)
    public Optional<ConcernSummary> lookup(CurrentUser user, String reference) {
        user.requireReferrer();
        return user.has(Role.SAFEGUARDING_LEAD)
                ? summaries(user, "reference = ? AND organisation = ?", reference, user.organisationId()).stream().findFirst()
                : summaries(user, "reference = ? AND referrer_subject = ?", reference, user.subject()).stream().findFirst();
    }

    /** Sends ChAD a message about a concern this person may see; it is relayed with the change. */
    @Transactional
    public List<uk.frontdoor.validation.FieldError> sendMessage(CurrentUser user, String reference, String text) {
        String problem = ConversationMessage.problemWith(text);
        if (problem != null) {
            return List.of(new uk.frontdoor.validation.FieldError(MessageText.FIELD, problem));
        }
        ConcernSummary concern = lookup(user, reference).orElseThrow(() -> new AccessDeniedException("No such concern"));
        UUID concernId = concernId(concern.reference(), null);
        ConversationMessage message = new ConversationMessage("msg-" + UUID.randomUUID(), reference,
                concernId.toString(), true, user.name(),
                text.strip(), clock.instant());
        record(concernId, message);
        addToTimeline(concernId, TimelineStatus.MESSAGE_SENT, message.sentAt(), "sent-" + message.messageId(), null);
        outbox.send(Routes.MESSAGE_TO_COUNCIL, message.contract());
        return List.of();
    }

    public static final String CHALLENGE_REASON = "challenge-reason";
    static final int CHALLENGE_REASON_MAX = 2000;

    /**
     * The referrer (or their safeguarding lead) disagrees with ChAD's decision and says why: once per decision, it goes
     * to the duty managers as {@code challenge.v1} with the change.
     */
    @Transactional
    public List<uk.frontdoor.validation.FieldError> challenge(CurrentUser user, String reference, String reason) {
        ConcernSummary concern = lookup(user, reference).orElseThrow(() -> new AccessDeniedException("No such concern"));
        List<uk.frontdoor.validation.FieldError> errors = new java.util.ArrayList<>();
        uk.frontdoor.validation.PlainText.require(errors, CHALLENGE_REASON, reason, CHALLENGE_REASON_MAX, true,
                "Tell ChAD why you disagree with the decision", "Why you disagree");
        if (!errors.isEmpty()) {
            return errors;
        }
        if (!concern.mayBeChallenged()) {
            return List.of(new uk.frontdoor.validation.FieldError(CHALLENGE_REASON,
                    "You can disagree once ChAD has decided, and once for each decision"));
        }
        UUID concernId = concernId(reference, null);
        String messageId = "challenge-" + UUID.randomUUID();
        Instant now = clock.instant();
        ChallengeV1 message = new ChallengeV1(messageId, reference, concernId.toString(), reason.strip(),
                new ChallengeV1.ChallengedBy(user.name(), organisations.get(user.organisationId()).name()),
                now.toString());
        addToTimeline(concernId, TimelineStatus.CHALLENGE_SENT, now, "sent-" + messageId, null);
        audit.record(user, AuditAction.DECISION_CHALLENGED, reference);
        outbox.send(Routes.CHALLENGE_TO_COUNCIL, message);
        return List.of();
    }

    /** The conversation about a concern this person may see, oldest first. */
    @Transactional(readOnly = true)
    public List<ConversationMessage> messages(CurrentUser user, String reference) {
        lookup(user, reference).orElseThrow(() -> new AccessDeniedException("No such concern"));
        return jdbc.sql("SELECT m.message_id, m.from_referrer, m.author, m.text, m.sent_at FROM concern_message m "
                        + "JOIN concern c ON c.id = m.concern_id WHERE c.reference = ? ORDER BY m.sent_at")
                .param(reference)
                .query((row, n) -> new ConversationMessage(row.getString("message_id"), reference, null,
                        row.getBoolean("from_referrer"), row.getString("author"), row.getString("text"),
                        row.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** A message from ChAD, once; it shows on the timeline. @return false when it had landed already */
    @Transactional
    public boolean receiveMessage(ConversationMessage message) {
        UUID concernId = concernId(message.reference(), message.concernId());
        if (!record(concernId, message)) {
            return false;
        }
        addToTimeline(concernId, TimelineStatus.MESSAGE_FROM_CHAD, message.sentAt(), message.messageId(), null);
        return true;
    }

    private boolean record(UUID concernId, ConversationMessage message) {
        return jdbc.sql("INSERT INTO concern_message (id, message_id, concern_id, from_referrer, author, text, sent_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING")
                .params(UUID.randomUUID(), message.messageId(), concernId, message.fromReferrer(), message.author(),
                        message.text(), Timestamp.from(message.sentAt()))
                .update() == 1;
    }

    /**
     * The concern a message from ChAD is about: the one with its reference, and, when the message names the concern's
     * own id (every message since the contracts carry it), that concern only.
     *
     * @throws MessageMismatch when the reference belongs to a different concern: it is never applied
     */
    private UUID concernId(String reference, String claimedConcernId) {
        UUID id = jdbc.sql("SELECT id FROM concern WHERE reference = ?").param(reference)
                .query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No concern has the acknowledged reference"));
        if (claimedConcernId != null && !claimedConcernId.equals(id.toString())) {
            throw new MessageMismatch("The message names a different concern from the one with its reference");
        }
        return id;
    }

    /**
     * Records an acknowledgement on the timeline; the message id makes a redelivered one land once.
     *
     * @return false when it had landed already
     */
    @Transactional
    public boolean acknowledge(String reference, String concernId, TimelineStatus status, Instant occurredAt,
            String messageId, String detail) {
        return addToTimeline(concernId(reference, concernId), status, occurredAt, messageId, detail);
    }

    private boolean addToTimeline(UUID concernId, TimelineStatus status, Instant at, String messageId, String detail) {
        return jdbc.sql("INSERT INTO concern_event (concern_id, status, occurred_at, message_id, detail) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (message_id) DO NOTHING")
                .params(concernId, status.name(), Timestamp.from(at), messageId, detail)
                .update() == 1;
    }

    /** @param whose what the reader calls the concern: "your concern" to its referrer, else whose it is */
    private List<TimelineEntry> timeline(UUID concernId, boolean toItsReferrer, String whose) {
        return jdbc.sql("SELECT status, occurred_at, detail FROM concern_event WHERE concern_id = ? ORDER BY occurred_at, id")
                .param(concernId)
                .query((row, n) -> new TimelineEntry(TimelineStatus.valueOf(row.getString("status")),
                        row.getTimestamp("occurred_at").toInstant(), DecisionNews.read(json, row.getString("detail"))
                                .map(news -> news.toReader(whose)).orElse(row.getString("detail"))))
                .list().stream()
                .filter(entry -> toItsReferrer || !entry.status().isDeliveryReceipt())
                .toList();
    }

    /** @param submittedBy {@link #BY_DRAFT} or {@link #BY_SUBMISSION} */
    private Optional<String> referenceOf(CurrentUser user, String submittedBy, UUID id) {
        return jdbc.sql("SELECT reference FROM concern WHERE " + submittedBy + " = ? AND referrer_subject = ?")
                .params(id, user.subject())
                .query(String.class).optional();
    }

    private String nextReference(Instant now) {
        long number = jdbc.sql("SELECT nextval('concern_reference_seq')").query(Long.class).single();
        return "FD-%d-%06d".formatted(Year.now(clock).getValue(), number);
    }
}
