package uk.frontdoor.messaging;

import jakarta.jms.ConnectionFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.connection.JmsTransactionManager;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch of the outbox relay: up to {@code frontdoor.relay.batch-size} waiting messages taken in one database
 * transaction, handed to their Camel routes inside one broker transaction, then removed. Two commits for the whole
 * batch instead of two for each message: with durable commits each one waits for a disk.
 *
 * <p>The broker commits first, then the database. A crash between the two leaves the batch both on its queues and in
 * the outbox, so it is sent again: consumers are idempotent (at-least-once). The other order could lose the batch. A
 * route that fails throws and both roll back, the messages it had already sent included; a route that parks a bad
 * message returns normally, and the parking commits with the batch.
 */
@Component
class OutboxBatches {

    private final WaitingMessages waiting;
    private final ProducerTemplate routes;
    private final TransactionTemplate database;
    private final TransactionTemplate broker;
    private final int batchSize;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();

    OutboxBatches(WaitingMessages waiting, ProducerTemplate routes, PlatformTransactionManager transactionManager,
            ConnectionFactory connectionFactory, @Value("${frontdoor.relay.batch-size:100}") int batchSize) {
        this.waiting = waiting;
        this.routes = routes;
        this.database = new TransactionTemplate(transactionManager);
        // Not a bean: a second transaction manager would make every @Transactional ambiguous. Bound to the same
        // connection factory Camel's JMS endpoints use, so their sends join this broker transaction.
        this.broker = new TransactionTemplate(new JmsTransactionManager(connectionFactory));
        this.batchSize = batchSize;
    }

    /**
     * @param stillRelaying asked before each message; false rolls the whole batch back into the outbox
     * @return how many messages left the outbox; fewer than the batch size means it was emptied
     */
    int relayNext(BooleanSupplier stillRelaying) {
        int relayed = database.execute(status -> {
            List<Message<?>> batch = waiting.take(batchSize);
            if (!batch.isEmpty()) {
                broker.executeWithoutResult(inBroker -> batch.forEach(message -> handOn(message, stillRelaying)));
            }
            return batch.size();
        });
        if (relayed > 0) {
            batches.incrementAndGet();
            messages.addAndGet(relayed);
        }
        return relayed;
    }

    int batchSize() {
        return batchSize;
    }

    /** Batches and messages relayed since this instance started: the test of batching, and an operator's clue. */
    long batchesRelayed() {
        return batches.get();
    }

    long messagesRelayed() {
        return messages.get();
    }

    private void handOn(Message<?> message, BooleanSupplier stillRelaying) {
        String route = Routes.current(message.getHeaders().get(Outbox.ROUTE_HEADER, String.class));
        String messageId = message.getHeaders().get(Outbox.MESSAGE_ID_HEADER, String.class);
        if (!stillRelaying.getAsBoolean()) {
            throw new MessagingException(message, "The relay is stopping: message " + messageId + " stays in the outbox");
        }
        Exchange result = routes.send("direct:" + route, exchange -> {
            exchange.getMessage().setBody(message.getPayload());
            exchange.getMessage().setHeader(OutboxRelay.MESSAGE_ID, messageId);
        });
        if (result.getException() != null) {
            throw new MessagingException(message, "Route " + route + " did not take message " + messageId,
                    result.getException());
        }
    }
}
