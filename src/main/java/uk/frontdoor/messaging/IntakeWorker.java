package uk.frontdoor.messaging;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsBinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.connection.JmsResourceHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.frontdoor.failure.Failures;

/**
 * One consumer thread of a batched intake ({@link IntakeBatches}): its own broker connection, transacted session and
 * consumer on one queue, handing each message to the queue's intake route ({@code direct:}). It takes the first
 * message that arrives, then up to a batch's worth more that are already waiting, and runs them all in one database
 * transaction and one broker transaction: two commits for the batch instead of two for each message. A lone message
 * goes alone, exactly as a route's own JMS consumer takes it, so at a low rate nothing changes.
 *
 * <p>The database commits first, then the broker: a crash between the two redelivers the batch, and each consumer
 * applies a message once ({@link ProcessedMessages}). Inside a batch a failure is not tried again ({@link RetryWhile}),
 * since a failed statement ends PostgreSQL's transaction for the whole batch: the batch rolls back whole, any parking
 * with it, and its messages come back redelivered, to be taken alone with their route's full retry and parking.
 */
final class IntakeWorker implements Runnable {

    /** Set on a message's exchange while it is part of a batch: its failure ends the batch, untried again. */
    static final String IN_BATCH = "FrontDoorInBatch";
    /** How long a receive waits before looking whether the worker should stop. */
    private static final long RECEIVE_WAIT_MILLIS = 250;
    /** While the broker stays down, one log line every this many attempts after the first. */
    private static final int LOG_EVERY = 10;
    private static final Logger LOG = LoggerFactory.getLogger(IntakeWorker.class);

    private final String queue;
    private final String route;
    private final IntakeBatches batches;
    private final Object start;
    private final JmsBinding binding = new JmsBinding();

    IntakeWorker(String queue, String route, IntakeBatches batches, Object start) {
        this.queue = queue;
        this.route = route;
        this.batches = batches;
        this.start = start;
    }

    static boolean inBatch(Exchange exchange) {
        return exchange.getProperty(IN_BATCH, false, Boolean.class);
    }

    /** Connects, takes messages until stopped, and connects again after a gap if the broker fails. */
    @Override
    public void run() {
        Duration gap = Gaps.FIRST;
        int failures = 0;
        while (batches.running(start)) {
            // A connection of its own, not the cached one the routes share: closing it returns what it had prefetched.
            try (Connection connection = batches.ownConnection()) {
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
                connection.start();
                if (failures > 0) {
                    LOG.info("{}: taking messages from {} again after {} failed attempts", route, queue, failures);
                }
                gap = Gaps.FIRST;
                failures = 0;
                while (batches.running(start)) {
                    takeNext(connection, session, consumer);
                }
            } catch (JMSException | RuntimeException failure) {
                if (!batches.running(start)) {
                    return;
                }
                if (failures++ % LOG_EVERY == 0) {
                    LOG.warn("{}: taking messages from {} failed; what was taken stays on the queue, connecting again "
                            + "in {} ms (attempt {}): {}", route, queue, gap.toMillis(), failures,
                            Failures.describe(failure));
                }
                if (!batches.pause(gap)) {
                    return;
                }
                gap = Gaps.doubled(gap, Gaps.LONGEST);
            }
        }
    }

    private void takeNext(Connection connection, Session session, MessageConsumer consumer) throws JMSException {
        Message first = consumer.receive(RECEIVE_WAIT_MILLIS);
        if (first == null) {
            return;
        }
        List<Message> batch = new ArrayList<>(List.of(first));
        Message redelivered = first.getJMSRedelivered() ? batch.removeFirst() : null;
        while (redelivered == null && batch.size() < batches.batchSize()) {
            Message next = consumer.receiveNoWait();
            if (next == null) {
                break;
            }
            if (next.getJMSRedelivered()) {
                redelivered = next;
            } else {
                batch.add(next);
            }
        }
        // Bound as the broker transaction, so a route's sends (a parking) join this session's commit or rollback.
        TransactionSynchronizationManager.bindResource(batches.routesConnectionFactory(),
                new JmsResourceHolder(batches.routesConnectionFactory(), connection, session));
        try {
            if (batch.size() == 1) {
                takeAlone(session, batch.getFirst());
            } else if (batch.size() > 1) {
                takeBatch(session, batch);
            }
            if (redelivered != null) {
                takeAlone(session, redelivered);
            }
        } finally {
            TransactionSynchronizationManager.unbindResource(batches.routesConnectionFactory());
        }
    }

    /** As a route's own transacted consumer: the route's retry and parking, then the broker commit. */
    private void takeAlone(Session session, Message message) throws JMSException {
        if (handOn(message, false).isFailed()) {
            session.rollback(); // even parking failed: the broker delivers it again
        } else {
            session.commit();
        }
    }

    /**
     * All or nothing. A batch that fails rolls back into the queue, and the broker delivers its messages again, each
     * marked redelivered: those are taken alone, so the failing one meets its route's retry and parking.
     */
    private void takeBatch(Session session, List<Message> batch) throws JMSException {
        boolean committed;
        try {
            committed = Boolean.TRUE.equals(batches.database().execute(status -> {
                for (Message message : batch) {
                    Exchange done = handOn(message, true);
                    if (done.isFailed() || done.getProperty(Exchange.EXCEPTION_CAUGHT) != null) {
                        status.setRollbackOnly();
                        return false;
                    }
                }
                return true;
            }));
        } catch (RuntimeException databaseFailed) {
            committed = false; // the database's begin or commit failed: alone, each message retries until it is back
        }
        if (committed) {
            session.commit();
            batches.committed(batch.size());
        } else {
            session.rollback();
            batches.rolledBack();
        }
    }

    private Exchange handOn(Message message, boolean inBatch) {
        return batches.routes().send("direct:" + route, exchange -> {
            // Camel's own JMS binding: the same body and headers the route's JMS consumer gave it.
            exchange.getIn().setHeaders(binding.extractHeadersFromJms(message, exchange));
            exchange.getIn().setBody(binding.extractBodyFromJms(exchange, message));
            exchange.setProperty(IN_BATCH, inBatch);
        });
    }
}
