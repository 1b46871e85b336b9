package uk.frontdoor.partner.concern;

import java.util.Arrays;
import java.util.Optional;

/** Whether parents who know about the contact agree with it: the referrer's answer, in contact.v1's codes. */
public enum ParentsAgreement {
    YES("yes", "Yes"),
    NO("no", "No"),
    NOT_ASKED("not-asked", "I have not asked them");

    private final String code;
    private final String label;

    ParentsAgreement(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The words the referrer chose from. */
    public String label() {
        return label;
    }

    public static Optional<ParentsAgreement> ofCode(String code) {
        return Arrays.stream(values()).filter(answer -> answer.code.equals(code)).findFirst();
    }
}
