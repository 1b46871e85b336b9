package uk.frontdoor.liveupdate;

/** Carries a topic to every instance of the portal, this one included; it comes back through {@link LiveUpdateReceiver}. */
@FunctionalInterface
public interface LiveUpdateBroadcast {
    void send(String topic);
}
