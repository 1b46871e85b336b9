package uk.frontdoor.organisation;

import java.util.Arrays;
import java.util.Optional;

/** Who a contact came from: the DfE Children in Need census ReferralSource codes. */
public enum ReferralSource {
    FAMILY("1A", "Family, relative or carer"),
    ACQUAINTANCE("1B", "Acquaintance"),
    SELF("1C", "Self"),
    OTHER_INDIVIDUAL("1D", "Other individual"),
    SCHOOLS("2A", "Schools"),
    EDUCATION_SERVICES("2B", "Education services"),
    GP("3A", "GP"),
    HEALTH_VISITOR("3B", "Health visitor"),
    SCHOOL_NURSE("3C", "School nurse"),
    OTHER_PRIMARY_HEALTH("3D", "Other primary health services"),
    EMERGENCY_DEPARTMENT("3E", "A&E"),
    OTHER_HEALTH("3F", "Other health services"),
    HOUSING("4", "Housing"),
    LA_SOCIAL_CARE("5A", "Local authority social care"),
    OTHER_INTERNAL("5B", "Other internal local authority services"),
    EXTERNAL_LA("5C", "External or other local authority"),
    EARLY_HELP("5D", "Early help"),
    POLICE("6", "Police"),
    OTHER_LEGAL("7", "Other legal agency"),
    OTHER("8", "Other"),
    ANONYMOUS("9", "Anonymous"),
    UNKNOWN("10", "Unknown");

    private final String code;
    private final String label;

    ReferralSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReferralSource> ofCode(String code) {
        return Arrays.stream(values()).filter(source -> source.code.equals(code)).findFirst();
    }
}
