package uk.frontdoor.concern;

/** What has happened to a concern, in the words the referrer sees. */
public enum TimelineStatus {
    SUBMITTED("submitted", "Sent to ChAD"),
    RECEIVED("received", "Received by ChAD"),
    BEING_LOOKED_AT("being-looked-at", "A social worker is looking at it"),
    DECISION("decision", "ChAD has decided"),
    MESSAGE_SENT("message-sent", "You sent ChAD a message"),
    MESSAGE_RECEIVED("message-received", "ChAD has your message"),
    MESSAGE_FROM_CHAD("message", "ChAD sent you a message");

    private final String code;
    private final String label;

    TimelineStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static TimelineStatus ofCode(String code) {
        for (TimelineStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown acknowledgement status");
    }
}
