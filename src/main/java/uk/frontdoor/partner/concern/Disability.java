package uk.frontdoor.partner.concern;

import java.util.Arrays;
import java.util.Optional;

/** Whether the child has a disability, as the referrer knows it: contact.v1's codes. */
public enum Disability {
    YES("yes", "Yes"),
    NO("no", "No"),
    NOT_KNOWN("not-known", "I do not know");

    private final String code;
    private final String label;

    Disability(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Disability> ofCode(String code) {
        return Arrays.stream(values()).filter(answer -> answer.code.equals(code)).findFirst();
    }
}
