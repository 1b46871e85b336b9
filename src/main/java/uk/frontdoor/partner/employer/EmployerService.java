package uk.frontdoor.partner.employer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.contract.EmployerRegistrationV1;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.organisation.Organisations;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;

/**
 * The employer's side of Fostering Friendly: registering the organisation and its pledge, and reading the
 * council's answer. An employer only ever sees and changes its own organisation's registration; the council
 * hears of it only through {@code employer-registration.v1}.
 */
@Service
public class EmployerService extends EmployerSide {

    static final String CONSUMER = "employer-acknowledgement-intake";

    EmployerService(JdbcClient jdbc, Clock clock, Organisations organisations, Outbox outbox,
            AuditTrail audit, LiveUpdatePublisher liveUpdates, EmployerNews news) {
        super(jdbc, clock, organisations, outbox, audit, liveUpdates, news);
    }

    /** The topic an employer's open page listens on for the council's answer. */
    public static String topic(String organisationId) {
        return "employer-" + organisationId;
    }

    /** The problems with an employer's answers, as {@link #register} finds them; nothing is saved or sent. */
    public List<FieldError> problems(CurrentUser user, RegistrationForm form) {
        user.requireEmployer();
        return form.problems(today());
    }

    /**
     * Checks every answer, then records the registration and a new version of the pledge (version 1 the first
     * time) with its message to the council, in one transaction. Each save waits for the council's check again.
     *
     * @return the problems; empty when it was saved and sent
     */
    @Transactional
    public List<FieldError> register(CurrentUser user, RegistrationForm form) {
        List<FieldError> errors = problems(user, form);
        organisations.get(user.organisationId());
        if (!errors.isEmpty()) {
            return errors;
        }
        Instant now = clock.instant();
        // Locks the organisation's row (when there is one) so two saves at once make two versions, not one.
        int version = jdbc.sql("SELECT version FROM employer_registration WHERE organisation = ? FOR UPDATE")
                .param(user.organisationId()).query(Integer.class).optional().orElse(0) + 1;
        jdbc.sql("INSERT INTO employer_registration (organisation, name, address, staff_size, contact_name, "
                        + "contact_email, contact_phone, version, status, submitted_at) "
                        + "VALUES (:org, :name, :address, :size, :contactName, :email, :phone, :version, 'WAITING', :at) "
                        + "ON CONFLICT (organisation) DO UPDATE SET name = :name, address = :address, staff_size = :size, "
                        + "contact_name = :contactName, contact_email = :email, contact_phone = :phone, version = :version, "
                        + "status = 'WAITING', return_reason = NULL, received_at = NULL, decided_at = NULL, submitted_at = :at")
                .param("org", user.organisationId())
                .param("name", form.name().strip())
                .param("address", form.address().strip())
                .param("size", form.staffSize())
                .param("contactName", form.contactName().strip())
                .param("email", form.contactEmail().strip())
                .param("phone", form.contactPhone().strip())
                .param("version", version)
                .param("at", Timestamp.from(now))
                .update();
        jdbc.sql("INSERT INTO fostering_friendly_pledge (organisation, version, paid_leave_days, flexible_working, "
                        + "time_for_training, how_staff_are_told, adopted_on, recorded_at, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(user.organisationId(), version, form.leaveDays(), RegistrationForm.yesNo(form.flexibleWorking()),
                        RegistrationForm.yesNo(form.timeForTraining()), form.howStaffAreTold().strip(), form.adoptedOn(),
                        Timestamp.from(now), user.name())
                .update();
        String messageId = "employer-registration-" + key(user.organisationId(), version);
        outbox.send(Routes.EMPLOYER_REGISTRATION_TO_COUNCIL, message(messageId, user, version, now, form));
        audit.record(user, AuditAction.EMPLOYER_REGISTRATION_SUBMITTED, subject(user.organisationId(), version));
        return List.of();
    }

    /** This employer's own registration, if it has one. */
    @Transactional(readOnly = true)
    public Optional<EmployerRegistration> registration(CurrentUser user) {
        user.requireEmployer();
        return jdbc.sql("SELECT * FROM employer_registration WHERE organisation = ?")
                .param(user.organisationId())
                .query((row, n) -> new EmployerRegistration(row.getString("organisation"), row.getString("name"),
                        row.getString("address"), row.getString("staff_size"), row.getString("contact_name"),
                        row.getString("contact_email"), row.getString("contact_phone"), row.getInt("version"),
                        RegistrationStatus.valueOf(row.getString("status")), row.getString("return_reason"),
                        instant(row.getTimestamp("submitted_at")), instant(row.getTimestamp("received_at")),
                        instant(row.getTimestamp("decided_at"))))
                .optional();
    }

    /** Every version of this employer's own pledge, newest first. */
    @Transactional(readOnly = true)
    public List<PledgeVersion> pledgeHistory(CurrentUser user) {
        user.requireEmployer();
        return jdbc.sql("SELECT * FROM fostering_friendly_pledge WHERE organisation = ? ORDER BY version DESC")
                .param(user.organisationId())
                .query((row, n) -> new PledgeVersion(row.getInt("version"), row.getInt("paid_leave_days"),
                        row.getBoolean("flexible_working"), row.getBoolean("time_for_training"),
                        row.getString("how_staff_are_told"), row.getObject("adopted_on", LocalDate.class),
                        row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by")))
                .list();
    }

    /**
     * The council's answer ({@code employer-acknowledgement.v1}), once. An answer about an older version than
     * the one now waiting changes nothing: the employer has sent something newer since.
     */
    @Transactional
    public void acknowledge(String organisationId, int version, String status, String reason, Instant at) {
        int changed = switch (status) {
            case "received" -> jdbc.sql("UPDATE employer_registration SET received_at = ? "
                            + "WHERE organisation = ? AND version = ? AND received_at IS NULL")
                    .params(Timestamp.from(at), organisationId, version).update();
            case "approved", "returned" -> jdbc.sql("UPDATE employer_registration SET status = ?, return_reason = ?, "
                            + "decided_at = ?, received_at = COALESCE(received_at, ?) WHERE organisation = ? AND version = ?")
                    .params("approved".equals(status) ? "APPROVED" : "RETURNED", reason, Timestamp.from(at),
                            Timestamp.from(at), organisationId, version).update();
            default -> throw new IllegalArgumentException("Unknown employer acknowledgement status");
        };
        if (changed > 0) {
            news.registrationAnswered(organisationId, version, status, at);
            liveUpdates.publishAfterCommit(topic(organisationId));
        }
    }

    /** A short fixed-length key for one version of one organisation's registration, for message ids. */
    public static String key(String organisationId, int version) {
        return java.util.UUID.nameUUIDFromBytes((organisationId + "/" + version)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static String subject(String organisationId, int version) {
        return "employer-registration " + organisationId + " v" + version;
    }

    private static EmployerRegistrationV1 message(String messageId, CurrentUser user, int version, Instant now,
            RegistrationForm form) {
        return new EmployerRegistrationV1(messageId, user.organisationId(), version, now.toString(),
                new EmployerRegistrationV1.Employer(form.name().strip(), form.address().strip(), form.staffSize()),
                new EmployerRegistrationV1.Contact(form.contactName().strip(), form.contactEmail().strip(),
                        form.contactPhone().strip()),
                new EmployerRegistrationV1.Pledge(form.leaveDays(), RegistrationForm.yesNo(form.flexibleWorking()),
                        RegistrationForm.yesNo(form.timeForTraining()), form.howStaffAreTold().strip(),
                        form.adoptedOn().toString()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
