package uk.frontdoor.security;

/** Who a person is to the front door. The token's {@code roles} claim carries these names. */
public enum Role {
    TEACHER,
    SAFEGUARDING_LEAD,
    GP,
    EMPLOYER,
    FOSTER_CARER,
    DUTY_SOCIAL_WORKER,
    DUTY_MANAGER,
    /** The council's leaving care team: checks employers' Fostering Friendly registrations. */
    LEAVING_CARE_TEAM,
    /** The council's children missing education officer: follows up schools' notices of pupils missing education. */
    CME_OFFICER,
    /** Runs the integration: message flows and dead letters, never a child's details. */
    OPERATOR,
    /**
     * A partner's system calling the partner API for one organisation (client credentials, never a person):
     * it raises concerns and reads their status through the API only, never signs in to the portal.
     */
    PARTNER_SYSTEM;

    /** The role in words, as people see it. */
    public String title() {
        return switch (this) {
            case TEACHER -> "Teacher";
            case SAFEGUARDING_LEAD -> "Designated safeguarding lead";
            case GP -> "GP";
            case EMPLOYER -> "Employer";
            case FOSTER_CARER -> "Foster carer";
            case DUTY_SOCIAL_WORKER -> "Duty social worker";
            case DUTY_MANAGER -> "Duty manager";
            case LEAVING_CARE_TEAM -> "Leaving care team";
            case CME_OFFICER -> "Children missing education officer";
            case OPERATOR -> "Integration operator";
            case PARTNER_SYSTEM -> "A partner's system";
        };
    }

    /** A role's words from its name (a contact carries the name); anything else as it came. */
    public static String titleOf(String name) {
        return java.util.Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst()
                .map(Role::title).orElse(name);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean raisesConcerns() {
        return Roles.REFERRERS.contains(name());
    }

    public boolean worksOnDuty() {
        return Roles.DUTY.contains(name());
    }
}
