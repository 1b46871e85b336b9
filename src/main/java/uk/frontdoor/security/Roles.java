package uk.frontdoor.security;

import java.util.Set;

/**
 * The role names as constants for {@code @RolesAllowed}, and the sets of them that views share. Java takes no array
 * constant in an annotation, so a view lists a set's members; RoleSetsTest checks that each view's list is one of
 * the sets named here, so a set changes in one place and the test points at every view to follow.
 */
public final class Roles {

    public static final String TEACHER = "TEACHER";
    public static final String SAFEGUARDING_LEAD = "SAFEGUARDING_LEAD";
    public static final String GP = "GP";
    public static final String EMPLOYER = "EMPLOYER";
    public static final String FOSTER_CARER = "FOSTER_CARER";
    public static final String DUTY_SOCIAL_WORKER = "DUTY_SOCIAL_WORKER";
    public static final String DUTY_MANAGER = "DUTY_MANAGER";
    public static final String LEAVING_CARE_TEAM = "LEAVING_CARE_TEAM";
    public static final String CME_OFFICER = "CME_OFFICER";
    public static final String OPERATOR = "OPERATOR";

    /** Who raises concerns: {@link Role#raisesConcerns()}. */
    public static final Set<String> REFERRERS = Set.of(TEACHER, SAFEGUARDING_LEAD, GP);

    /** A school's staff: who tells the council a pupil is missing education ({@link CurrentUser#requireSchool()}). */
    public static final Set<String> SCHOOL_STAFF = Set.of(TEACHER, SAFEGUARDING_LEAD);

    /** Who works on duty: {@link Role#worksOnDuty()}. */
    public static final Set<String> DUTY = Set.of(DUTY_SOCIAL_WORKER, DUTY_MANAGER);

    private Roles() {
    }
}
