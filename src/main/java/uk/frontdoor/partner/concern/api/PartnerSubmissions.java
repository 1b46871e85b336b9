package uk.frontdoor.partner.concern.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.Submission;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;

/**
 * A partner's POST with its {@code Idempotency-Key}: the key, the hash of the request and the concern's
 * reference are stored per client and organisation in the same transaction as the concern, so a retry finds the first concern
 * and a key never names a concern that was rolled back.
 */
@Service
public class PartnerSubmissions {

    /** What became of one POST. */
    sealed interface Outcome {
    }

    /** A new concern, or the one a retry with the same key and body had made already. */
    record Accepted(String reference, boolean replayed) implements Outcome {
    }

    record Invalid(List<FieldError> errors) implements Outcome {
    }

    /** The key was used before for a different request. */
    record KeyReused() implements Outcome {
    }

    private record StoredKey(String requestHash, String reference) {
    }

    private final JdbcClient jdbc;
    private final ConcernService concerns;
    private final Clock clock;

    PartnerSubmissions(JdbcClient jdbc, ConcernService concerns, Clock clock) {
        this.jdbc = jdbc;
        this.concerns = concerns;
        this.clock = clock;
    }

    /**
     * @param key the client's Idempotency-Key, or null for none
     * @param requestHash identifies the request's content, to tell a retry from a different request
     */
    @Transactional
    public Outcome submit(CurrentUser system, ConcernAnswers answers, String key, String requestHash) {
        if (key != null) {
            Optional<Outcome> earlier = stored(system, key).map(stored -> answer(stored, requestHash));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        List<FieldError> errors = concerns.problemsWith(system, answers);
        if (!errors.isEmpty()) {
            return new Invalid(errors); // nothing stored: the client may correct the request and send the same key
        }
        if (key != null) {
            // Waits for a concurrent request with the same key to commit, then finds its concern.
            int claimed = jdbc.sql("INSERT INTO api_idempotency_key (client_id, organisation, idempotency_key, request_hash, "
                            + "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id, organisation, idempotency_key) DO NOTHING")
                    .params(system.subject(), system.organisationId(), key, requestHash, Timestamp.from(clock.instant()))
                    .update();
            if (claimed == 0) {
                return answer(stored(system, key).orElseThrow(), requestHash);
            }
        }
        Submission submission = concerns.submitFromPartner(system, answers);
        if (!submission.accepted()) {
            throw new IllegalStateException("Checked answers were refused: " + submission.errors());
        }
        if (key != null) {
            jdbc.sql("UPDATE api_idempotency_key SET reference = ? WHERE client_id = ? AND organisation = ? "
                            + "AND idempotency_key = ?")
                    .params(submission.reference(), system.subject(), system.organisationId(), key)
                    .update();
        }
        return new Accepted(submission.reference(), false);
    }

    private Optional<StoredKey> stored(CurrentUser system, String key) {
        return jdbc.sql("SELECT request_hash, reference FROM api_idempotency_key "
                        + "WHERE client_id = ? AND organisation = ? AND idempotency_key = ?")
                .params(system.subject(), system.organisationId(), key)
                .query((row, n) -> new StoredKey(row.getString("request_hash"), row.getString("reference")))
                .optional();
    }

    private static Outcome answer(StoredKey stored, String requestHash) {
        return stored.requestHash().equals(requestHash) && stored.reference() != null
                ? new Accepted(stored.reference(), true)
                : new KeyReused();
    }
}
