package uk.frontdoor.partner.fostering;

import java.util.Arrays;
import java.util.Optional;

/** What a carer tells the fostering team: an update, or one of the significant events carers must record. */
public enum ReportKind {
    UPDATE("update", "An update"),
    ILLNESS_OR_INJURY("illness-or-injury", "Illness or injury"),
    MISSING_EPISODE("missing-episode", "The child went missing"),
    INCIDENT("incident", "An incident"),
    ALLEGATION("allegation", "An allegation"),
    CONTACT_WENT_BADLY("contact-went-badly", "Family time (contact) that did not go well"),
    OTHER("other", "Something else");

    private final String code;
    private final String label;

    ReportKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReportKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
