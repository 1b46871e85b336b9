package uk.frontdoor.liveupdate;

/** This instance's open screens, refreshed for each topic the broker brings, from any instance. */
public interface LiveUpdateReceiver {
    void refreshHere(String topic);
}
