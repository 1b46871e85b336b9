package uk.frontdoor.liveupdate;

/**
 * Carries a topic to every instance of the portal, this one included; it comes back through
 * {@link LiveUpdateReceiver}. Messaging sends it through the broker.
 */
@FunctionalInterface
public interface LiveUpdateBroadcast {
    void send(String topic);
}
