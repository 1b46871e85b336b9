package uk.frontdoor.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The signed-in person as the portal needs them: who, which roles, which organisation. Every service
 * method that touches a child's details takes one of these and checks it.
 */
public record CurrentUser(String subject, String name, String email, Set<Role> roles, String organisationId) {

    public static final String ROLES_CLAIM = "roles";
    public static final String ORGANISATION_CLAIM = "organisation";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean raisesConcerns() {
        return roles.stream().anyMatch(Role::raisesConcerns);
    }

    public boolean worksOnDuty() {
        return roles.stream().anyMatch(Role::worksOnDuty);
    }

    /** For what only a referrer does: raise a concern, see their own. */
    public void requireReferrer() {
        if (!raisesConcerns()) {
            throw new AccessDeniedException("Only teachers, safeguarding leads and GPs raise concerns here");
        }
    }

    /** For what only a school does: tell the council a pupil is missing education, and follow it. */
    public void requireSchool() {
        if (!(has(Role.TEACHER) || has(Role.SAFEGUARDING_LEAD)) || organisationId == null) {
            throw new AccessDeniedException("Only a school's teachers and safeguarding leads tell the council of this");
        }
    }

    /** For an employer's own registration and offers: the employer, signed in for its organisation. */
    public void requireEmployer() {
        requireForOrganisation(Role.EMPLOYER, "Only an employer registers its own organisation");
    }

    /** For the partner API: a partner's system, acting for the organisation its token names. */
    public void requirePartnerSystem() {
        requireForOrganisation(Role.PARTNER_SYSTEM,
                "Only a partner's system acting for an organisation uses the partner API");
    }

    private void requireForOrganisation(Role role, String refusal) {
        if (!has(role) || organisationId == null) {
            throw new AccessDeniedException(refusal);
        }
    }

    /** The role shown to the duty service beside the referrer's name. */
    public Role mainRole() {
        return roles.stream().findFirst().orElseThrow(() -> new AccessDeniedException("No role"));
    }

    public static CurrentUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            throw new AccessDeniedException("Not signed in");
        }
        return fromClaims(user);
    }

    /**
     * A partner's system on the partner API, from its client-credentials token: the client is both subject and
     * name, it has no email, and it acts for the one organisation its token names.
     */
    public static CurrentUser partnerSystem(Jwt token) {
        String organisation = token.getClaimAsString(ORGANISATION_CLAIM);
        if (organisation == null || organisation.isBlank()) {
            throw new AccessDeniedException("The token names no organisation");
        }
        // The API's chain lets only clients' own tokens through (PartnerTokens); a person's is refused here too.
        if (token.hasClaim(ROLES_CLAIM)) {
            throw new AccessDeniedException("A person's token does not act as a partner's system");
        }
        String clientId = clientId(token);
        return new CurrentUser(clientId, clientId, null, EnumSet.of(Role.PARTNER_SYSTEM), organisation);
    }

    /** The API client a token was issued to: {@code client_id} from Keycloak's service accounts and the built-in provider. */
    public static String clientId(Jwt token) {
        for (String claim : List.of("client_id", "azp")) {
            String value = token.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return token.getSubject();
    }

    static CurrentUser fromClaims(OidcUser user) {
        return new CurrentUser(user.getSubject(),
                user.getFullName() != null ? user.getFullName() : user.getSubject(),
                user.getEmail(),
                roles(user.getClaimAsStringList(ROLES_CLAIM)),
                user.getClaimAsString(ORGANISATION_CLAIM));
    }

    static Set<Role> roles(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(name.replace('-', '_'))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
