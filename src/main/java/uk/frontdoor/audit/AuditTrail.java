package uk.frontdoor.audit;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.security.CurrentUser;

/**
 * Who saw or did what, when and from where. Append-only: the table refuses updates and deletes.
 * The subject is a reference or id, never a child's name.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
