package uk.frontdoor.partner.concern;

/**
 * How a referrer wants to hear that ChAD has news on their concern. Whichever way, the message carries only the
 * reference and a link to sign in.
 */
public enum HowToTell {
    EMAIL("email", "Email"),
    TEXT_MESSAGE("text", "Text message"),
    DO_NOT_TELL("none", "Do not tell me");

    private final String code;
    private final String label;

    HowToTell(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
