package uk.frontdoor.council.education;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.calendar.WorkingDayClock;
import uk.frontdoor.contract.MissingEducationUpdateV1;
import uk.frontdoor.contract.MissingEducationV1;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.messaging.IdempotentIntake;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.partner.education.MissingEducationNotices.Outcomes;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * The children missing education officer's cases: each school's notice once (missing-education-intake, received
 * acknowledged), the enquiries made and the outcome, each told back to the school. A child missing for more than
 * {@code frontdoor.missing-education.flag-after-school-days} school days without an outcome is flagged.
 */
@Service("missingEducationCases")
public class MissingEducationCases {

    public static final String ENQUIRY = "cme-enquiry";
    public static final String OUTCOME = "cme-outcome";
    static final String CONSUMER = "missing-education-intake";
    public static final String TOPIC = "cme-cases";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final WorkingDayClock schoolDays;
    private final int flagAfter;
    private final Outbox outbox;
    private final IdempotentIntake intake;
    private final AuditTrail audit;
    private final CouncilAccess access;
    private final LiveUpdatePublisher liveUpdates;

    MissingEducationCases(JdbcClient jdbc, JsonMapper json, Clock clock, WorkingDayClock schoolDays,
            @Value("${frontdoor.missing-education.flag-after-school-days}") int flagAfter, Outbox outbox,
            IdempotentIntake intake, AuditTrail audit, CouncilAccess access, LiveUpdatePublisher liveUpdates) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.schoolDays = schoolDays;
        this.flagAfter = flagAfter;
        this.outbox = outbox;
        this.intake = intake;
        this.audit = audit;
        this.access = access;
        this.liveUpdates = liveUpdates;
    }

    /** A case as the officer sees it; {@code schoolDaysMissing} counts weekdays that are not bank holidays. */
    public record Case(UUID id, String reference, String schoolName, String sentBy, String pupilName, LocalDate lastAttended,
            String tried, String knownMove, boolean safeguardingWorry, Instant receivedAt, String outcome,
            int schoolDaysMissing, boolean flagged, List<String> enquiries) {
    }

    /** Children missing education now: open cases, and those past the flag without an outcome. */
    public record Figures(long open, long flagged, int flagAfterSchoolDays) {
    }

    /** Called by the missing-education-intake route with each school's notice: once, acknowledged. */
    public void receive(String message) {
        intake.receive(CONSUMER, message, MissingEducationV1.class, notice -> {
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO cme_case (id, notice_message_id, reference, school_name, sent_by, pupil, pupil_name, "
                            + "last_attended, tried, known_move, safeguarding_worry, received_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)")
                    .params(id, notice.messageId(), notice.reference(), notice.school().organisationName(),
                            notice.school().sentBy(), json.writeValueAsString(notice.pupil()),
                            notice.pupil().firstName() + " " + notice.pupil().lastName(),
                            LocalDate.parse(notice.lastAttended()), notice.tried(), notice.knownMove(),
                            notice.safeguardingWorry(), Timestamp.from(now))
                    .update();
            tell(notice.reference(), "received-" + id, "received", null, null, now);
            liveUpdates.publishAfterCommit(TOPIC);
        });
    }

    /** The open cases, the longest missing first, for the officer; the list is audited with what it showed. */
    @Transactional
    public List<Case> open(CurrentUser officer) {
        access.require(officer, CouncilSide.EDUCATION_SERVICE);
        List<Case> open = query("WHERE outcome IS NULL ORDER BY last_attended", Map.of());
        audit.recordShown(officer, AuditAction.CME_CASES_LISTED, "open cases", open.stream().map(Case::reference).toList());
        return open;
    }

    @Transactional
    public Optional<Case> find(CurrentUser officer, UUID id) {
        access.require(officer, CouncilSide.EDUCATION_SERVICE);
        Optional<Case> found = query("WHERE id = :id", Map.of("id", id)).stream().findFirst();
        found.ifPresent(c -> audit.record(officer, AuditAction.CME_CASE_VIEWED, c.reference()));
        return found;
    }

    /** An enquiry made (a call, a visit, a check with another council), told to the school in the officer's words. */
    @Transactional
    public List<FieldError> recordEnquiry(CurrentUser officer, UUID id, String text) {
        access.require(officer, CouncilSide.EDUCATION_SERVICE);
        List<FieldError> errors = new ArrayList<>();
        PlainText.require(errors, ENQUIRY, text, 2000, true, "Write what you did or found out", "The enquiry");
        if (!errors.isEmpty()) {
            return errors;
        }
        Case open = openCase(id);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO cme_enquiry (case_id, text, made_by, made_at) VALUES (?, ?, ?, ?)")
                .params(id, text.strip(), officer.name(), Timestamp.from(now)).update();
        audit.record(officer, AuditAction.CME_CASE_UPDATED, open.reference());
        tell(open.reference(), "enquiry-" + UUID.randomUUID(), "enquiry", text.strip(), null, now);
        return List.of();
    }

    /** The outcome closes the case: found at another school, moved away, educated at home, or referred to ChAD. */
    @Transactional
    public List<FieldError> recordOutcome(CurrentUser officer, UUID id, String outcome) {
        access.require(officer, CouncilSide.EDUCATION_SERVICE);
        if (outcome == null || !Outcomes.CODES.contains(outcome)) {
            return List.of(new FieldError(OUTCOME, "Select what has happened to the child"));
        }
        Case open = openCase(id);
        Instant now = clock.instant();
        jdbc.sql("UPDATE cme_case SET outcome = ?, outcome_at = ?, outcome_by = ? WHERE id = ?")
                .params(outcome, Timestamp.from(now), officer.name(), id).update();
        audit.record(officer, AuditAction.CME_CASE_UPDATED, open.reference());
        tell(open.reference(), "outcome-" + id, "outcome", null, outcome, now);
        liveUpdates.publishAfterCommit(TOPIC);
        return List.of();
    }

    /** For the duty managers' dashboard: what is open now and what is past the flag. */
    public Figures figures(CurrentUser manager) {
        access.require(manager, Role.DUTY_MANAGER);
        List<Case> open = query("WHERE outcome IS NULL", Map.of());
        return new Figures(open.size(), open.stream().filter(Case::flagged).count(), flagAfter);
    }

    private Case openCase(UUID id) {
        return query("WHERE id = :id AND outcome IS NULL", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This case has an outcome already"));
    }

    private void tell(String reference, String messageId, String kind, String text, String outcome, Instant at) {
        outbox.send(Routes.MISSING_EDUCATION_UPDATE_TO_PARTNER,
                new MissingEducationUpdateV1(messageId, reference, kind, text, outcome, at.toString()));
    }

    private List<Case> query(String where, Map<String, Object> params) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT * FROM cme_case " + where).params(params)
                .query((row, n) -> {
                    UUID id = row.getObject("id", UUID.class);
                    LocalDate lastAttended = row.getDate("last_attended").toLocalDate();
                    int missing = schoolDaysBetween(lastAttended, today);
                    String outcome = row.getString("outcome");
                    return new Case(id, row.getString("reference"), row.getString("school_name"), row.getString("sent_by"),
                            row.getString("pupil_name"), lastAttended, row.getString("tried"), row.getString("known_move"),
                            row.getBoolean("safeguarding_worry"), row.getTimestamp("received_at").toInstant(), outcome,
                            missing, outcome == null && missing > flagAfter, enquiries(id));
                })
                .list();
    }

    private List<String> enquiries(UUID id) {
        return jdbc.sql("SELECT text FROM cme_enquiry WHERE case_id = ? ORDER BY made_at, id").param(id)
                .query(String.class).list();
    }

    /** School days after the last day attended, up to and including today: weekdays that are not bank holidays. */
    private int schoolDaysBetween(LocalDate lastAttended, LocalDate today) {
        int days = 0;
        for (LocalDate day = lastAttended.plusDays(1); !day.isAfter(today) && days <= 400; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5 && schoolDays.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }
}
