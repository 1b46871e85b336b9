package uk.frontdoor.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;

/**
 * What an operator sees of the message flows: what is waiting where, and the parked messages with the route
 * and reason, never their contents (they may hold a child's details). A replay puts a parked message back on
 * the route it failed in, in one broker transaction, and is audited.
 */
@Service
public class DeadLetters {

    /** A parked message as an operator sees it. */
    public record Parked(String id, String route, String reason, Instant failedAt) {
    }

    /** Where {@link #waiting} counts the messages still in the outbox. */
    public static final String OUTBOX = "outbox";

    private final JmsTemplate jms;
    private final JmsTemplate transacted;
    private final CamelContext camel;
    private final ProducerTemplate routes;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    private final CouncilAccess access;

    DeadLetters(JmsTemplate jms, CamelContext camel, ProducerTemplate routes, JdbcClient jdbc, AuditTrail audit, CouncilAccess access) {
        this.access = access;
        this.jms = jms;
        this.transacted = new JmsTemplate(jms.getConnectionFactory());
        this.transacted.setSessionTransacted(true);
        this.camel = camel;
        this.routes = routes;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Messages waiting in the outbox ({@link #OUTBOX}), then on each queue a route takes from, then parked. */
    public Map<String, Integer> waiting(CurrentUser operator) {
        access.require(operator, CouncilSide.IT_OPERATIONS);
        Map<String, Integer> waiting = new LinkedHashMap<>();
        waiting.put(OUTBOX, jdbc.sql("SELECT count(*) FROM int_channel_message").query(Integer.class).single());
        for (String queue : queues()) {
            waiting.put(queue, jms.browse(queue, (session, browser) -> Collections.list(browser.getEnumeration()).size()));
        }
        return waiting;
    }

    /** Every queue a route takes from (the routes are the one list of them), then the dead-letter queue. */
    private Set<String> queues() {
        Set<String> queues = new TreeSet<>();
        camel.getRoutes().forEach(route -> Queues.consumedBy(route).ifPresent(queues::add));
        Set<String> inOrder = new LinkedHashSet<>(queues);
        inOrder.add(Queues.DEAD_LETTERS);
        return inOrder;
    }

    public List<Parked> parked(CurrentUser operator) {
        access.require(operator, CouncilSide.IT_OPERATIONS);
        return jms.browse(Queues.DEAD_LETTERS, (session, browser) -> {
            List<Parked> parked = new ArrayList<>();
            for (Object each : Collections.list(browser.getEnumeration())) {
                Message message = (Message) each;
                String failedAt = message.getStringProperty(DeadLetterReason.AT);
                parked.add(new Parked(message.getJMSMessageID(), message.getStringProperty(DeadLetterReason.ROUTE),
                        message.getStringProperty(DeadLetterReason.REASON),
                        failedAt == null ? Instant.ofEpochMilli(message.getJMSTimestamp()) : Instant.parse(failedAt)));
            }
            return parked;
        });
    }

    /** @return false when the message is no longer parked (someone replayed it already) */
    public boolean replay(CurrentUser operator, String id) {
        access.require(operator, CouncilSide.IT_OPERATIONS);
        Boolean replayed = transacted.execute(session -> {
            Queue deadLetters = session.createQueue(Queues.DEAD_LETTERS);
            try (MessageConsumer consumer = session.createConsumer(deadLetters, "JMSMessageID = '" + id.replace("'", "") + "'")) {
                Message parked = consumer.receive(2_000);
                if (!(parked instanceof TextMessage text)) {
                    session.rollback();
                    return false;
                }
                String route = Routes.current(parked.getStringProperty(DeadLetterReason.ROUTE));
                backOnto(session, route, text);
                session.commit();
                return true;
            }
        }, true);
        if (Boolean.TRUE.equals(replayed)) {
            audit.record(operator, AuditAction.DEAD_LETTER_REPLAYED, id);
        }
        return Boolean.TRUE.equals(replayed);
    }

    public int replayAll(CurrentUser operator) {
        int replayed = 0;
        for (Parked parked : parked(operator)) {
            if (replay(operator, parked.id())) {
                replayed++;
            }
        }
        return replayed;
    }

    /** Back where it failed: the queue its route consumes, or the route itself for one fed by the outbox. */
    private void backOnto(jakarta.jms.Session session, String routeId, TextMessage parked) throws JMSException {
        Route route = routeId == null ? null : camel.getRoute(routeId);
        if (route == null) {
            throw new IllegalStateException("A parked message names no route it can be replayed to");
        }
        String body = parked.getText();
        String messageId = parked.getStringProperty("FrontDoorMessageId");
        Optional<String> queue = Queues.consumedBy(route);
        if (queue.isPresent()) {
            // Sent in the same broker transaction that takes it off the dead-letter queue: moved, never copied or lost.
            TextMessage again = session.createTextMessage(body);
            if (messageId != null) {
                again.setStringProperty("FrontDoorMessageId", messageId);
            }
            try (var producer = session.createProducer(session.createQueue(queue.get()))) {
                producer.send(again);
            }
        } else {
            routes.sendBodyAndHeader(route.getEndpoint().getEndpointUri(), body, "FrontDoorMessageId", messageId);
        }
    }
}
