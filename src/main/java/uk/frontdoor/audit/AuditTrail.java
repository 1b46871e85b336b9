package uk.frontdoor.audit;

import com.vaadin.flow.server.VaadinRequest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.frontdoor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CurrentUser;

/**
 * Who saw or did what, when and from where. Append-only: the table refuses updates, deletes and truncation.
 * The subject is a reference or id, never a child's name. A list screen is one entry per load, with every reference
 * it showed. "From where" is the client's address as the web server sees it, a screen's or a partner API request's:
 * behind a proxy, server.forward-headers-strategy takes X-Forwarded-For from a trusted proxy only (README).
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
        return jdbc.sql("SELECT occurred_at, actor, organisation, action, subject, from_address, shown FROM audit_event "
                        + "WHERE (subject ILIKE :subject OR shown ILIKE :subject) AND actor ILIKE :actor "
                        + "AND occurred_at >= :from AND occurred_at < :to ORDER BY occurred_at DESC, id DESC LIMIT 500")
                .param("subject", like(subject))
                .param("actor", like(actor))
                .param("from", Timestamp.from(from.atStartOfDay(UK).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(UK).toInstant()))
                .query((row, n) -> new AuditEntry(row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                        row.getString("organisation"), row.getString("action"), row.getString("subject"),
                        row.getString("from_address"), row.getString("shown")))
                .list();
    }

    private static String like(String text) {
        String plain = text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + plain + "%";
    }

    @Transactional
    public void record(CurrentUser actor, AuditAction action, String subject) {
        insert(actor, action, subject, null);
    }

    /**
     * A screen or response that showed several children's records at once, such as a list.
     *
     * @param subject what was shown, e.g. "duty inbox: OPEN"; @param references each record shown, in order
     */
    @Transactional
    public void recordShown(CurrentUser actor, AuditAction action, String subject, Collection<String> references) {
        insert(actor, action, subject, String.join(" ", references));
    }

    private void insert(CurrentUser actor, AuditAction action, String subject, String shown) {
        jdbc.sql("INSERT INTO audit_event (actor, organisation, action, subject, from_address, shown) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(actor.subject(), actor.organisationId(), action.name(), subject, fromAddress(), shown)
                .update();
    }

    /** A screen's request (Vaadin's, also over push) or else any web request on this thread (the partner API's). */
    private static String fromAddress() {
        VaadinRequest screen = VaadinRequest.getCurrent();
        if (screen != null) {
            return screen.getRemoteAddr();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest().getRemoteAddr() : null;
    }
}
