package uk.frontdoor.messaging;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.contract.Contract;

/**
 * The one way a consumer takes a message in: the route has checked it against its contract
 * ({@link Contracts}); here it is read into its record, and its effect is applied only the first time this
 * consumer sees its message id, recorded in {@link ProcessedMessages} in the same transaction as the effect. A
 * redelivery (at-least-once delivery) changes nothing; an effect that fails rolls the record of it back too.
 */
@Component
public class IdempotentIntake {

    private final ProcessedMessages processed;
    private final JsonMapper json;

    IdempotentIntake(ProcessedMessages processed, JsonMapper json) {
        this.processed = processed;
        this.json = json;
    }

    /**
     * @param consumer the consumer's name: each consumer of a message takes it once
     * @return true when the effect was applied, false for a message this consumer has had before
     */
    @Transactional
    public <T extends Contract> boolean receive(String consumer, String message, Class<T> contract,
            Consumer<? super T> effect) {
        T received = read(message, contract);
        if (!processed.firstTime(consumer, received.messageId())) {
            return false;
        }
        effect.accept(received);
        return true;
    }

    /**
     * For an effect that can find it has landed already by itself (a timeline entry with the same message id).
     *
     * @return true only when this consumer had not had the message and its effect says it landed
     */
    @Transactional
    public <T extends Contract> boolean landed(String consumer, String message, Class<T> contract,
            Predicate<? super T> effect) {
        T received = read(message, contract);
        return processed.firstTime(consumer, received.messageId()) && effect.test(received);
    }

    /** The message as its contract's record, for a consumer whose effect is idempotent in itself. */
    public <T extends Contract> T read(String message, Class<T> contract) {
        return json.readValue(message, contract);
    }
}
