package uk.frontdoor.liveupdate;

/**
 * Tells open screens that something they show has changed, by topic: a concern's reference, the duty inbox, a
 * placement. Only the topic travels, never personal data; each screen reloads what its user may see. Services
 * publish through this, free of the UI; the screens' side is {@code shell.LiveUpdates}.
 */
public interface LiveUpdatePublisher {

    String DUTY_INBOX = "duty-inbox";

    /** Publishes once the current transaction commits, so no screen shows what was rolled back. */
    void publishAfterCommit(String topic);
}
