package uk.frontdoor.news;

/**
 * How a person wants to hear there is news (a referrer on their concern, a carer on their placements, an employer on
 * its registration and offers). Whichever way, the message carries only the reference and a link to sign in.
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

    public static HowToTell ofCode(String code) {
        for (HowToTell how : values()) {
            if (how.code.equals(code)) {
                return how;
            }
        }
        throw new IllegalArgumentException("Unknown way to tell");
    }
}
