package uk.frontdoor.partner.concern;

/** What has happened to a concern, in the words the referrer sees. */
public enum TimelineStatus {
    SUBMITTED("submitted", "Sent to ChAD"),
    RECEIVED("received", "Received by ChAD"),
    BEING_LOOKED_AT("being-looked-at", "A social worker is looking at it"),
    DECISION("decision", "ChAD has decided"),
    MESSAGE_SENT("message-sent", "You sent ChAD a message"),
    MESSAGE_RECEIVED("message-received", "ChAD has your message"),
    MESSAGE_FROM_CHAD("message", "ChAD sent you a message"),
    CHALLENGE_SENT("challenge-sent", "You told ChAD you disagree with the decision"),
    CHALLENGE_RECEIVED("challenge-received", "ChAD has your challenge"),
    CHALLENGE_ANSWERED("challenge-answered", "A duty manager has answered your challenge"),
    EMAIL_DELIVERED("email-delivered", "Email delivered"),
    EMAIL_NOT_DELIVERED("email-not-delivered", "We could not deliver the email"),
    TEXT_DELIVERED("text-delivered", "Text message delivered"),
    TEXT_NOT_DELIVERED("text-not-delivered", "We could not deliver the text message");

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

    /**
     * How the referrer was told of news (GOV.UK Notify's delivery receipts): shown to that referrer alone, and never
     * a step of the concern itself.
     */
    public boolean isDeliveryReceipt() {
        return switch (this) {
            case EMAIL_DELIVERED, EMAIL_NOT_DELIVERED, TEXT_DELIVERED, TEXT_NOT_DELIVERED -> true;
            default -> false;
        };
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
