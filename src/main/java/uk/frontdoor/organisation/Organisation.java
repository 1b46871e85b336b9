package uk.frontdoor.organisation;

/**
 * A partner organisation: a school, a GP practice, an employer, a fostering service, the duty service.
 *
 * @param referralSource the CIN census ReferralSource code a contact from it carries (2A schools, 3A GP, ...)
 */
public record Organisation(String id, String name, String type, String referralSource) {
}
