package uk.frontdoor.audit;

/** What can be audited. Viewing a child's details is always one of them, on a list as much as on its own. */
public enum AuditAction {
    CONCERN_SUBMITTED,
    CONCERN_VIEWED,
    /** A list of concerns: a referrer's own, a safeguarding lead's school's, or a partner system's. */
    CONCERNS_LISTED,
    /** A school's notice of a pupil missing education: sent, opened, listed; the officer's case likewise. */
    MISSING_EDUCATION_TOLD,
    MISSING_EDUCATION_VIEWED,
    MISSING_EDUCATION_LISTED,
    CME_CASE_VIEWED,
    CME_CASES_LISTED,
    CME_CASE_UPDATED,
    CONTACT_VIEWED,
    /** A referrer challenged a decision; a duty manager listed open challenges, or answered one. */
    DECISION_CHALLENGED,
    CHALLENGES_LISTED,
    CHALLENGE_ANSWERED,
    DUTY_INBOX_VIEWED,
    SIGN_OFF_QUEUE_VIEWED,
    DECISION_RECORDED,
    DECISION_SIGNED_OFF,
    DECISION_RETURNED,
    EARLIER_CONTACTS_VIEWED,
    CONTACT_MATCH_CONFIRMED,
    CONTACT_MATCH_REJECTED,
    INSPECTION_DATA_EXPORTED,
    PLACEMENT_VIEWED,
    PLACEMENTS_LISTED,
    DEAD_LETTER_REPLAYED,
    EMPLOYER_REGISTRATION_SUBMITTED,
    EMPLOYER_REGISTRATION_APPROVED,
    EMPLOYER_REGISTRATION_RETURNED,
    OFFER_SUBMITTED,
    OFFER_WITHDRAWN,
    OFFER_PUBLISHED,
    OFFER_RETURNED,
    OFFER_INTEREST_SENT
}
