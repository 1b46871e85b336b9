package uk.frontdoor.concern;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.messaging.OutgoingMessage;
import uk.frontdoor.messaging.Outbox;

/**
 * Tells a referrer who asked for it that ChAD has news (a decision, a message), by email. The email carries the reference and a
 * link to sign in, nothing else: no names, no outcome, no details (emails travel outside the portal).
 */
@Component
class ReferrerNotifications {

    static final String ROUTE = "notify-referrer";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Outbox outbox;
    private final String publicUrl;

    ReferrerNotifications(JdbcClient jdbc, JsonMapper json, Outbox outbox,
            @Value("${frontdoor.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.json = json;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void newsLanded(String reference, String messageId) {
        jdbc.sql("SELECT notify_email FROM concern WHERE reference = ? AND notify_email IS NOT NULL")
                .param(reference).query(String.class).optional()
                .ifPresent(address -> outbox.send(new OutgoingMessage(ROUTE, "email-" + messageId,
                        json.writeValueAsString(email("email-" + messageId, address, reference)))));
    }

    Map<String, Object> email(String messageId, String address, String reference) {
        Map<String, Object> email = new LinkedHashMap<>();
        email.put("contract", "notification.v1");
        email.put("messageId", messageId);
        email.put("channel", "email");
        email.put("to", address);
        email.put("subject", "Update on your concern " + reference);
        // Notify's template takes only these two: the reference and the link.
        email.put("reference", reference);
        email.put("link", publicUrl + "/concerns/" + reference);
        email.put("text", "ChAD has an update on the concern you raised, reference " + reference + ".\n\n"
                + "Sign in to see it: " + publicUrl + "/concerns/" + reference + "\n\n"
                + "For your safety and the child's, this email does not say more.");
        return email;
    }
}
