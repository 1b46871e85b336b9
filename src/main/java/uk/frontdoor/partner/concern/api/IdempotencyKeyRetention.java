package uk.frontdoor.partner.concern.api;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.frontdoor.retention.Retention;

/**
 * A partner's system retries a POST within minutes or hours, so an Idempotency-Key has done its job after a day (the
 * default); the same key sent later makes a new concern.
 */
@Component
class IdempotencyKeyRetention extends Retention {

    IdempotencyKeyRetention(@Value("${frontdoor.retention.idempotency-keys}") Duration keptFor) {
        super("partner API idempotency keys", keptFor, "DELETE FROM api_idempotency_key WHERE created_at < ?");
    }
}
