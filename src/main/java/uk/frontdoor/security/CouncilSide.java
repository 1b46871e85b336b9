package uk.frontdoor.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The council's own services that open children's records, each with the roles that work in it. A role alone
 * says nothing about where a person works: with a council's own provider a duty social worker at any organisation
 * carries the same role, so {@link CouncilAccess} checks the side's organisation with it.
 */
public enum CouncilSide {
    DUTY_SERVICE("the duty service", Role.DUTY_SOCIAL_WORKER, Role.DUTY_MANAGER),
    LEAVING_CARE_TEAM("the leaving care team", Role.LEAVING_CARE_TEAM),
    FOSTERING_SERVICE("the fostering service", Role.FOSTER_CARER),
    IT_OPERATIONS("IT operations", Role.OPERATOR);

    private final String description;
    private final Set<Role> roles;

    CouncilSide(String description, Role first, Role... more) {
        this.description = description;
        this.roles = EnumSet.of(first, more);
    }

    public Set<Role> roles() {
        return roles;
    }

    public String description() {
        return description;
    }

    /** The side a council role works in. */
    public static CouncilSide of(Role role) {
        for (CouncilSide side : values()) {
            if (side.roles.contains(role)) {
                return side;
            }
        }
        throw new IllegalArgumentException(role + " works on no council side");
    }
}
