package uk.frontdoor.partner.concern;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.frontdoor.retention.Retention;

/** Drafts that were never sent hold a child's details for no purpose: deleted after a short period (README: FRONTDOOR_UNSENT_DRAFT_RETENTION). */
@Component
class DraftRetention extends Retention {

    DraftRetention(@Value("${frontdoor.retention.unsent-drafts}") Duration keptFor) {
        super("unsent drafts", keptFor, "DELETE FROM concern_draft WHERE updated_at < ?");
    }
}
