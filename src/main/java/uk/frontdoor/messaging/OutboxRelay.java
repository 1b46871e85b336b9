package uk.frontdoor.messaging;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessagingException;
import org.springframework.stereotype.Component;

/**
 * Hands each outbox message to its Camel route. A route that fails throws, so the outbox transaction
 * rolls back and the message is tried again; a route that parks a bad message returns normally. The outbox
 * takes its oldest message first, so a failing one holds up those behind it: a route fed from here only checks
 * the contract and puts the message on a queue, and anything that calls an outside service consumes that queue.
 *
 * <p>On shutdown it stops first, beside the web server's graceful drain and before Camel and the broker: from then on
 * it hands nothing more to a route (a message taken is rolled back into the outbox for the next start), and it waits
 * at most {@link #STOP_LIMIT} for the message in hand, so a broken broker or database cannot hold up the stop.
 */
@Component
@ConditionalOnProperty(name = "frontdoor.relay.enabled", havingValue = "true", matchIfMissing = true)
class OutboxRelay implements MessageHandler, SmartLifecycle {

    static final String MESSAGE_ID = "FrontDoorMessageId";
    static final Duration STOP_LIMIT = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final PostgresSubscribableChannel outboxChannel;
    private final ProducerTemplate routes;
    private volatile boolean relaying;

    OutboxRelay(PostgresSubscribableChannel outboxChannel, ProducerTemplate routes) {
        this.outboxChannel = outboxChannel;
        this.routes = routes;
    }

    @Override
    public void handleMessage(Message<?> message) {
        String route = message.getHeaders().get(Outbox.ROUTE_HEADER, String.class);
        String messageId = message.getHeaders().get(Outbox.MESSAGE_ID_HEADER, String.class);
        if (!relaying) {
            throw new MessagingException(message, "The relay is stopping: message " + messageId + " stays in the outbox");
        }
        Exchange result = routes.send("direct:" + route, exchange -> {
            exchange.getMessage().setBody(message.getPayload());
            exchange.getMessage().setHeader(MESSAGE_ID, messageId);
        });
        if (result.getException() != null) {
            throw new MessagingException(message, "Route " + route + " did not take message " + messageId,
                    result.getException());
        }
    }

    /** Subscribe only once Camel's routes run, so nothing is taken from the outbox before it can be relayed. */
    @EventListener(ApplicationReadyEvent.class)
    void startRelaying() {
        relaying = true;
        outboxChannel.subscribe(this);
    }

    /** Started on {@link ApplicationReadyEvent}, not with the other beans. */
    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public void start() {
        startRelaying();
    }

    @Override
    public boolean isRunning() {
        return relaying;
    }

    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE;
    }

    @Override
    public void stop() {
        // The channel's unsubscribe waits for a relay thread's message in hand, which can wait on a broken broker or
        // database; past the limit the relay refuses every message, so what it holds rolls back into the outbox.
        Thread unsubscribe = Thread.ofVirtual().name("outbox-relay-stop").start(() -> outboxChannel.unsubscribe(this));
        try {
            if (!unsubscribe.join(STOP_LIMIT)) {
                log.warn("The outbox relay's message in hand did not finish within {} s; it stays in the outbox",
                        STOP_LIMIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            relaying = false;
        }
    }
}
