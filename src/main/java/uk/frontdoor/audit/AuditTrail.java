package uk.frontdoor.audit;

import com.vaadin.flow.server.VaadinRequest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import uk.frontdoor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CurrentUser;

/**
 * Who saw or did what, when and from where. Append-only: the table refuses updates and deletes.
 * The subject is a reference or id, never a child's name.
 */
@Component
public class AuditTrail {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    private final CouncilAccess access;

    AuditTrail(JdbcClient jdbc, CouncilAccess access) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /**
     * Searches the record, newest first; for duty managers only. Blank criteria match everything.
     *
     * @param subject a reference (or part of one); @param actor who acted (or part of it)
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(CurrentUser manager, String subject, String actor, LocalDate from, LocalDate to) {
        access.require(manager, Role.DUTY_MANAGER);
        return jdbc.sql("SELECT occurred_at, actor, organisation, action, subject, from_address FROM audit_event "
                        + "WHERE subject ILIKE :subject AND actor ILIKE :actor "
                        + "AND occurred_at >= :from AND occurred_at < :to ORDER BY occurred_at DESC, id DESC LIMIT 500")
                .param("subject", like(subject))
                .param("actor", like(actor))
                .param("from", Timestamp.from(from.atStartOfDay(UK).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(UK).toInstant()))
                .query((row, n) -> new AuditEntry(row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                        row.getString("organisation"), row.getString("action"), row.getString("subject"),
                        row.getString("from_address")))
                .list();
    }

    private static String like(String text) {
        String plain = text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + plain + "%";
    }

    @Transactional
    public void record(CurrentUser actor, AuditAction action, String subject) {
        VaadinRequest request = VaadinRequest.getCurrent();
        jdbc.sql("INSERT INTO audit_event (actor, organisation, action, subject, from_address) VALUES (?, ?, ?, ?, ?)")
                .params(actor.subject(), actor.organisationId(), action.name(), subject,
                        request == null ? null : request.getRemoteAddr())
                .update();
    }
}
