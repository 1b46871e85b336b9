package uk.frontdoor.partner.concern;

import java.util.Arrays;
import java.util.Optional;

/**
 * The child's gender as Ofsted's Annex A records it (List 1 and List 3): its letter is contact.v1's code, and
 * {@link #annexA()} is what the inspection export writes.
 */
public enum ChildGender {
    MALE("a", "Male"),
    FEMALE("b", "Female"),
    NOT_STATED("c", "Not stated");

    private final String code;
    private final String label;

    ChildGender(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Annex A's own words: "a) Male", "b) Female", "c) Not stated/recorded". */
    public String annexA() {
        return code + ") " + (this == NOT_STATED ? "Not stated/recorded" : label);
    }

    public static Optional<ChildGender> ofCode(String code) {
        return Arrays.stream(values()).filter(gender -> gender.code.equals(code)).findFirst();
    }
}
