package uk.frontdoor.council.duty;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ReferrerRequest;

/**
 * How a decision answers what the referrer asked for (contact.v1 {@code request}): told back to them in decision.v1,
 * and counted per partner on the dashboard. Only where the outcome alone can say; "something else" needs reading.
 */
record AnswerToRequest(ReferrerRequest request, boolean met) {

    static Optional<AnswerToRequest> of(JdbcClient jdbc, java.util.UUID contactId, ContactOutcome outcome) {
        return jdbc.sql("SELECT coalesce(contact->'request'->>'code', 'not-said') FROM duty_contact WHERE id = ?")
                .param(contactId).query(String.class).optional()
                .flatMap(ReferrerRequest::ofCode)
                .flatMap(request -> request.metBy(outcome.code()).map(met -> new AnswerToRequest(request, met)));
    }
}
