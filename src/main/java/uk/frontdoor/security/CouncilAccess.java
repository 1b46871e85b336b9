package uk.frontdoor.security;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one check for the council's sides: the person has the role AND is signed in for the organisation configured
 * for that role's side. Every council-side service calls this instead of looking at roles alone.
 */
@Component
public class CouncilAccess {

    private final CouncilSides sides;

    CouncilAccess(CouncilSides sides) {
        this.sides = sides;
    }

    /** Any role of the side, from the side's organisation. */
    public void require(CurrentUser user, CouncilSide side) {
        requireOneOf(user, side, side.roles());
    }

    /** This role, from its side's organisation. */
    public void require(CurrentUser user, Role role) {
        requireOneOf(user, CouncilSide.of(role), Set.of(role));
    }

    /** Whether the person holds this role here: a council side's only from its organisation, a partner's as named. */
    public boolean grants(CurrentUser user, Role role) {
        return CouncilSide.find(role).map(side -> allows(user, role)).orElse(user != null && user.has(role));
    }

    public boolean allows(CurrentUser user, Role role) {
        return user != null && user.has(role) && worksFor(user, CouncilSide.of(role));
    }

    public boolean allows(CurrentUser user, CouncilSide side) {
        return user != null && side.roles().stream().anyMatch(user::has) && worksFor(user, side);
    }

    private void requireOneOf(CurrentUser user, CouncilSide side, Set<Role> roles) {
        if (user == null || roles.stream().noneMatch(user::has) || !worksFor(user, side)) {
            throw new AccessDeniedException("Only " + side.description() + " opens this");
        }
    }

    private boolean worksFor(CurrentUser user, CouncilSide side) {
        return sides.organisation(side).equals(user.organisationId());
    }
}
