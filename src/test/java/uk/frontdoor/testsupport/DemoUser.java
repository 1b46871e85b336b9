package uk.frontdoor.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;

/** People as the sign-in token describes them, the same as the built-in provider's demo accounts. */
public enum DemoUser {
    TEACHER("teacher", "Tess Teacher", "TEACHER", "school-springfield"),
    LEAD("lead", "Sam Lead", "SAFEGUARDING_LEAD", "school-springfield"),
    TEACHER_AT_ANOTHER_SCHOOL("teacher2", "Harry Hanley", "TEACHER", "school-hanley"),
    GP("gp", "Dr Gita Patel", "GP", "gp-burslem"),
    EMPLOYER("employer", "Emma Employer", "EMPLOYER", "employer-potteries"),
    CARER("carer", "Carys Carer", "FOSTER_CARER", "fostering-stoke"),
    /** Another employer (not a demo account): must never see the first one's registration. */
    EMPLOYER_ELSEWHERE("baker", "Bea Baker", "EMPLOYER", "employer-hanley-bakery"),
    DUTY("duty", "Dee Duty", "DUTY_SOCIAL_WORKER", "chad"),
    MANAGER("manager", "Max Manager", "DUTY_MANAGER", "chad"),
    LEAVING_CARE("leaving-care", "Lee Leaving", "LEAVING_CARE_TEAM", "council-leaving-care"),
    OPERATOR("operator", "Opal Operator", "OPERATOR", "council-it"),
    CME("cme", "Cam Education", "CME_OFFICER", "council-education"),
    /*
     * The council sides' roles signed in for an organisation that is not that side's (not demo accounts): a council's
     * own provider gives every organisation's staff the same role names, so these must open nothing of the side's.
     */
    DUTY_ELSEWHERE("duty-elsewhere", "Dana Elsewhere", "DUTY_SOCIAL_WORKER", "school-springfield"),
    MANAGER_ELSEWHERE("manager-elsewhere", "Mel Elsewhere", "DUTY_MANAGER", "gp-burslem"),
    LEAVING_CARE_ELSEWHERE("leaving-care-elsewhere", "Lou Elsewhere", "LEAVING_CARE_TEAM", "employer-potteries"),
    CARER_ELSEWHERE("carer-elsewhere", "Cal Elsewhere", "FOSTER_CARER", "school-hanley"),
    CME_ELSEWHERE("cme-elsewhere", "Cy Elsewhere", "CME_OFFICER", "school-springfield"),
    OPERATOR_ELSEWHERE("operator-elsewhere", "Oli Elsewhere", "OPERATOR", "chad");

    public final String subject;
    public final String name;
    public final String role;
    public final String organisation;

    DemoUser(String subject, String name, String role, String organisation) {
        this.subject = subject;
        this.name = name;
        this.role = role;
        this.organisation = organisation;
    }

    public OAuth2AuthenticationToken authentication() {
        Instant now = Instant.now();
        OidcIdToken token = new OidcIdToken("test-token", now, now.plusSeconds(600), Map.of(
                "sub", subject, "name", name, "email", subject + "@example.org",
                CurrentUser.ROLES_CLAIM, List.of(role), CurrentUser.ORGANISATION_CLAIM, organisation));
        Set<SimpleGrantedAuthority> authorities = Set.of(new SimpleGrantedAuthority("ROLE_" + role));
        return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, "frontdoor");
    }

    public CurrentUser currentUser() {
        return new CurrentUser(subject, name, subject + "@example.org", Set.of(Role.valueOf(role)), organisation);
    }
}
