package uk.frontdoor.council.leavingcare;

import uk.frontdoor.partner.employer.EmployerService;
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
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.contract.EmployerRegistrationV1;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * Council side: the leaving care team checks employers' registrations, approving one or returning it with a
 * reason. Only the leaving care team; each decision is audited and goes back to the employer as a message.
 */
@Service
public class RegistrationChecks {

    public static final String TOPIC = "employer-registrations";
    public static final String REASON = "return-reason";
    public static final int REASON_MAX = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final EmployerAcknowledgements acknowledgements;
    private final AuditTrail audit;

    private final CouncilAccess access;

    RegistrationChecks(JdbcClient jdbc, JsonMapper json, Clock clock, EmployerAcknowledgements acknowledgements,
            AuditTrail audit, CouncilAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.acknowledgements = acknowledgements;
        this.audit = audit;
    }

    /** Registrations waiting for a check, oldest first. */
    @Transactional(readOnly = true)
    public List<RegistrationToCheck> waiting(CurrentUser user) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        return jdbc.sql("SELECT * FROM council_employer_registration WHERE status = 'WAITING' ORDER BY received_at, id")
                .query((row, n) -> toCheck(row.getObject("id", UUID.class), row.getString("organisation"),
                        row.getString("name"), row.getInt("version"), row.getTimestamp("received_at").toInstant(),
                        row.getString("status"), row.getString("reason"), row.getString("submission")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationToCheck> find(CurrentUser user, UUID id) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        return jdbc.sql("SELECT * FROM council_employer_registration WHERE id = ?").param(id)
                .query((row, n) -> toCheck(row.getObject("id", UUID.class), row.getString("organisation"),
                        row.getString("name"), row.getInt("version"), row.getTimestamp("received_at").toInstant(),
                        row.getString("status"), row.getString("reason"), row.getString("submission")))
                .optional();
    }

    /** Approves a waiting registration: the employer is a registered Fostering Friendly employer. */
    @Transactional
    public List<FieldError> approve(CurrentUser user, UUID id) {
        return decide(user, id, "APPROVED", null);
    }

    /** Returns a waiting registration to the employer with the reason, which must be given. */
    @Transactional
    public List<FieldError> returnToEmployer(CurrentUser user, UUID id, String reason) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        if (reason == null || reason.isBlank()) {
            return List.of(new FieldError(REASON, "Tell the employer why you are returning their registration"));
        }
        var problem = PlainText.problem(reason, REASON_MAX, true, "The reason");
        if (problem.isPresent()) {
            return List.of(new FieldError(REASON, problem.get()));
        }
        return decide(user, id, "RETURNED", reason.strip());
    }

    private List<FieldError> decide(CurrentUser user, UUID id, String status, String reason) {
        access.require(user, CouncilSide.LEAVING_CARE_TEAM);
        Instant now = clock.instant();
        var decided = jdbc.sql("UPDATE council_employer_registration SET status = ?, reason = ?, decided_by = ?, "
                        + "decided_at = ? WHERE id = ? AND status = 'WAITING' RETURNING organisation, version")
                .params(status, reason, user.subject(), Timestamp.from(now), id)
                .query((row, n) -> new Object[] {row.getString("organisation"), row.getInt("version")})
                .optional();
        if (decided.isEmpty()) {
            return List.of(new FieldError("decision", "This registration has been checked already or replaced by a newer one"));
        }
        String organisation = (String) decided.get()[0];
        int version = (Integer) decided.get()[1];
        acknowledgements.send(organisation, version, "APPROVED".equals(status) ? "approved" : "returned", reason, now);
        audit.record(user, "APPROVED".equals(status) ? AuditAction.EMPLOYER_REGISTRATION_APPROVED
                : AuditAction.EMPLOYER_REGISTRATION_RETURNED, EmployerService.subject(organisation, version));
        return List.of();
    }

    private RegistrationToCheck toCheck(UUID id, String organisation, String name, int version, Instant receivedAt,
            String status, String reason, String submission) {
        EmployerRegistrationV1 message = json.readValue(submission, EmployerRegistrationV1.class);
        EmployerRegistrationV1.Employer employer = message.employer();
        EmployerRegistrationV1.Contact contact = message.contact();
        EmployerRegistrationV1.Pledge pledge = message.pledge();
        return new RegistrationToCheck(id, organisation, name, version, receivedAt, status, employer.address(),
                employer.staffSize(), contact.name(), contact.email(), contact.phone(), pledge.paidLeaveDays(),
                pledge.flexibleWorking(), pledge.timeForTrainingAndSettling(), pledge.howStaffAreTold(),
                LocalDate.parse(pledge.adoptedOn()), reason);
    }
}
