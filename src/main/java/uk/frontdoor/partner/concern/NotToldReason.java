package uk.frontdoor.partner.concern;

/** The lawful reasons not to tell parents first (Working Together 2023; DfE information sharing advice). */
public enum NotToldReason {
    RISK_OF_SIGNIFICANT_HARM("risk-of-significant-harm", "Telling them could put the child or someone else at risk of significant harm"),
    POLICE_INVESTIGATION("police-investigation-or-evidence", "Telling them could get in the way of a police investigation or lose evidence"),
    UNJUSTIFIED_DELAY("unjustified-delay", "Telling them first would cause unjustified delay");

    private final String code;
    private final String label;

    NotToldReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<NotToldReason> ofCode(String code) {
        return java.util.Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
