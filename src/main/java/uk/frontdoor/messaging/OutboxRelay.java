package uk.frontdoor.messaging;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
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
 */
@Component
@ConditionalOnProperty(name = "frontdoor.relay.enabled", havingValue = "true", matchIfMissing = true)
class OutboxRelay implements MessageHandler {

    static final String MESSAGE_ID = "FrontDoorMessageId";

    private final PostgresSubscribableChannel outboxChannel;
    private final ProducerTemplate routes;

    OutboxRelay(PostgresSubscribableChannel outboxChannel, ProducerTemplate routes) {
        this.outboxChannel = outboxChannel;
        this.routes = routes;
    }

    @Override
    public void handleMessage(Message<?> message) {
        String route = message.getHeaders().get(Outbox.ROUTE_HEADER, String.class);
        String messageId = message.getHeaders().get(Outbox.MESSAGE_ID_HEADER, String.class);
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
        outboxChannel.subscribe(this);
    }

    @PreDestroy
    void stopRelaying() {
        outboxChannel.unsubscribe(this);
    }
}
