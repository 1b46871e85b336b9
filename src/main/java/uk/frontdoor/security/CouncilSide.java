package uk.frontdoor.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The council's own services that open children's records, each with the roles that work in it. A role alone
 * says nothing about where a person works: with a council's own provider a duty social worker at any organisation
 * carries the same role, so {@link CouncilAccess} checks the side's organisation with it.
 */
public enum CouncilSide {
    DUTY_SERVICE("the duty service", Role.DUTY_SOCIAL_WORKER, Role.DUTY_MANAGER),
    LEAVING_CARE_TEAM("the leaving care team", Role.LEAVING_CARE_TEAM),
    EDUCATION_SERVICE("the education service", Role.CME_OFFICER),
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
        return find(role).orElseThrow(() -> new IllegalArgumentException(role + " works on no council side"));
    }

    /** Empty for a partner's role (a teacher, a GP, an employer): their organisation is their own. */
    public static Optional<CouncilSide> find(Role role) {
        return Arrays.stream(values()).filter(side -> side.roles.contains(role)).findFirst();
    }
}
