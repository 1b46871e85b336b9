package uk.frontdoor.partner.education;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.contract.MissingEducationUpdateV1;
import uk.frontdoor.contract.MissingEducationV1;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.messaging.IdempotentIntake;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.organisation.Organisations;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.validation.FieldError;

/**
 * A school's notices that pupils are missing education: sent to the council with the change (missing-education.v1),
 * and each step the council's officer takes back on the notice's timeline (missing-education-update.v1, once). The
 * teacher who sent it and their school's safeguarding leads see it; nobody else.
 */
@Service("missingEducationNotices")
public class MissingEducationNotices {

    static final String CONSUMER = "missing-education-update-intake";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Outbox outbox;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final IdempotentIntake intake;
    private final LiveUpdatePublisher liveUpdates;

    MissingEducationNotices(JdbcClient jdbc, Clock clock, Outbox outbox, Organisations organisations, AuditTrail audit,
            IdempotentIntake intake, LiveUpdatePublisher liveUpdates) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.outbox = outbox;
        this.organisations = organisations;
        this.audit = audit;
        this.intake = intake;
        this.liveUpdates = liveUpdates;
    }

    /** What the school sees of a notice. */
    public record Notice(String reference, String pupilName, String raisedBy, Instant raisedAt, List<Step> steps) {
    }

    /** One step on its timeline: sent, received, an enquiry, the outcome. */
    public record Step(String kind, String detail, Instant at) {
    }

    /** The reference on success, or the problems; nothing is sent unless it is all right. */
    public record Told(String reference, List<FieldError> errors) {
    }

    @Transactional
    public Told tell(CurrentUser user, MissingEducationForm form) {
        user.requireSchool();
        Instant now = clock.instant();
        List<FieldError> problems = form.problems(LocalDate.ofInstant(now, clock.getZone()));
        if (!problems.isEmpty()) {
            return new Told(null, problems);
        }
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('missing_education_reference_seq')").query(Long.class).single();
        String reference = "ME-%d-%06d".formatted(Year.now(clock).getValue(), number);
        String pupilName = form.firstName().strip() + " " + form.lastName().strip();
        jdbc.sql("INSERT INTO missing_education_notice (id, reference, organisation_id, raised_by_subject, raised_by_name, "
                        + "pupil_name, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, reference, user.organisationId(), user.subject(), user.name(), pupilName, Timestamp.from(now))
                .update();
        step(id, "sent", null, now, "sent-" + id);
        String messageId = "missing-education-" + id;
        outbox.send(Routes.MISSING_EDUCATION_TO_COUNCIL, new MissingEducationV1(messageId, reference, id.toString(),
                now.toString(), new MissingEducationV1.School(user.organisationId(),
                        organisations.get(user.organisationId()).name(), user.name()),
                new MissingEducationV1.Pupil(form.firstName().strip(), form.lastName().strip(), form.dateOfBirth().strip(),
                        given(form.address()), given(form.pupilNumber()) == null ? null : form.pupilNumber().strip().toUpperCase()),
                form.lastAttended().strip(), form.tried().strip(), given(form.knownMove()),
                "yes".equals(form.safeguardingWorry())));
        audit.record(user, AuditAction.MISSING_EDUCATION_TOLD, reference);
        return new Told(reference, List.of());
    }

    /** The school's notices this person may see, newest first; the list is audited with what it showed. */
    @Transactional
    public List<Notice> visibleTo(CurrentUser user) {
        user.requireSchool();
        List<Notice> notices = jdbc.sql("SELECT * FROM missing_education_notice WHERE organisation_id = ? "
                        + "AND (raised_by_subject = ? OR ?) ORDER BY raised_at DESC")
                .params(user.organisationId(), user.subject(), user.has(Role.SAFEGUARDING_LEAD))
                .query((row, n) -> notice(UUID.fromString(row.getString("id")), row.getString("reference"),
                        row.getString("pupil_name"), row.getString("raised_by_name"),
                        row.getTimestamp("raised_at").toInstant()))
                .list();
        audit.recordShown(user, AuditAction.MISSING_EDUCATION_LISTED, "missing education notices",
                notices.stream().map(Notice::reference).toList());
        return notices;
    }

    /** One notice, for its sender or their school's safeguarding lead; audited. */
    @Transactional
    public Optional<Notice> find(CurrentUser user, String reference) {
        user.requireSchool();
        Optional<Notice> notice = jdbc.sql("SELECT * FROM missing_education_notice WHERE reference = ? "
                        + "AND organisation_id = ? AND (raised_by_subject = ? OR ?)")
                .params(reference, user.organisationId(), user.subject(), user.has(Role.SAFEGUARDING_LEAD))
                .query((row, n) -> notice(UUID.fromString(row.getString("id")), row.getString("reference"),
                        row.getString("pupil_name"), row.getString("raised_by_name"),
                        row.getTimestamp("raised_at").toInstant()))
                .optional();
        notice.ifPresent(found -> audit.record(user, AuditAction.MISSING_EDUCATION_VIEWED, reference));
        return notice;
    }

    /** Called by the missing-education-update-intake route: each of the officer's steps lands once. */
    public void receiveUpdate(String message) {
        intake.receive(CONSUMER, message, MissingEducationUpdateV1.class, update -> {
            UUID id = jdbc.sql("SELECT id FROM missing_education_notice WHERE reference = ?")
                    .param(update.reference()).query(UUID.class).optional()
                    .orElseThrow(() -> new IllegalArgumentException("No notice has the update's reference"));
            String detail = update.outcome() == null ? update.text()
                    : Outcomes.words(update.outcome()) + (update.text() == null ? "" : ". " + update.text());
            step(id, update.kind(), detail, Instant.parse(update.occurredAt()), update.messageId());
            liveUpdates.publishAfterCommit(update.reference());
        });
    }

    private void step(UUID noticeId, String kind, String detail, Instant at, String messageId) {
        jdbc.sql("INSERT INTO missing_education_event (notice_id, kind, detail, occurred_at, message_id) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING")
                .params(noticeId, kind, detail, Timestamp.from(at), messageId).update();
    }

    private Notice notice(UUID id, String reference, String pupilName, String raisedBy, Instant raisedAt) {
        List<Step> steps = jdbc.sql("SELECT kind, detail, occurred_at FROM missing_education_event WHERE notice_id = ? "
                        + "ORDER BY occurred_at, id")
                .param(id)
                .query((row, n) -> new Step(row.getString("kind"), row.getString("detail"),
                        row.getTimestamp("occurred_at").toInstant()))
                .list();
        return new Notice(reference, pupilName, raisedBy, raisedAt, steps);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An outcome's code in the words the school reads. */
    public static final class Outcomes {
        public static final List<String> CODES = List.of("found-at-another-school", "moved-away",
                "elective-home-education", "referred-to-chad");

        private Outcomes() {
        }

        public static String words(String code) {
            return switch (code) {
                case "found-at-another-school" -> "Found on roll at another school";
                case "moved-away" -> "Moved away: the council where the family now lives has been told";
                case "elective-home-education" -> "Being educated at home by their parents (elective home education)";
                case "referred-to-chad" -> "Referred to ChAD, the children's advice and duty service";
                default -> code;
            };
        }
    }
}
