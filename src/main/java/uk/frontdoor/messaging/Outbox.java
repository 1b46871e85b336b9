package uk.frontdoor.messaging;

import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.contract.Contract;

/**
 * The one way a feature sends a message: it is written to the outbox table inside the caller's
 * transaction, so the change and its message commit together or not at all; once they have, this instance's relay
 * is woken to hand the message on.
 */
@Component
public class Outbox {

    static final String ROUTE_HEADER = "frontdoor_route";
    static final String MESSAGE_ID_HEADER = "frontdoor_message_id";

    private final JdbcChannelMessageStore store;
    private final JsonMapper json;
    private final RelayWakeUp relay;

    Outbox(JdbcChannelMessageStore outboxMessageStore, JsonMapper json, RelayWakeUp relay) {
        this.store = outboxMessageStore;
        this.json = json;
        this.relay = relay;
    }

    /** A contract's record, written as JSON by the application's mapper, under its own message id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String route, Contract message) {
        send(new OutgoingMessage(route, message.messageId(), json.writeValueAsString(message)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(OutgoingMessage message) {
        store.addMessageToGroup(OutboxConfiguration.GROUP, stored(message));
        relay.afterCommit();
    }

    /** The message as the store keeps it: its JSON, with its route and message id as headers. */
    static Message<String> stored(OutgoingMessage message) {
        return MessageBuilder.withPayload(message.json())
                .setHeader(ROUTE_HEADER, message.route())
                .setHeader(MESSAGE_ID_HEADER, message.messageId())
                .build();
    }
}
