package uk.frontdoor.outbound;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands one contract message to a council system, once. Called by an adapter route that consumes its queue in a
 * transaction: a failure throws, the route retries with backoff while the message stays on the queue, and parks it
 * for an operator only after the configured attempts.
 */
public abstract class CouncilSystemAdapter {

    private final JsonMapper json;
    private final ExternalDeliveries deliveries;
    private final DeliverBy system;

    CouncilSystemAdapter(JsonMapper json, ExternalDeliveries deliveries, DeliverBy system) {
        this.json = json;
        this.deliveries = deliveries;
        this.system = system;
    }

    /** The adapter route's step that reaches the system. */
    public void deliver(String body) {
        JsonNode message = json.readTree(body);
        String messageId = message.get("messageId").asString();
        if (deliveries.delivered(messageId)) {
            return;
        }
        String externalReference = send(message, body);
        deliveries.record(messageId, system, message.get("reference").asString(), externalReference);
    }

    /** Sends the message; returns the system's own reference for it, or null when it gives none. */
    abstract String send(JsonNode message, String body);
}
