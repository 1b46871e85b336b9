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
    /** Runs the integration: message flows and dead letters, never a child's details. */
    OPERATOR,
    /**
     * A partner's system calling the partner API for one organisation (client credentials, never a person):
     * it raises concerns and reads their status through the API only, never signs in to the portal.
     */
    PARTNER_SYSTEM;

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
