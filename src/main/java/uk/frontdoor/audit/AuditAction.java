package uk.frontdoor.audit;

/** What can be audited. Viewing a child's details is always one of them. */
public enum AuditAction {
    CONCERN_SUBMITTED,
    CONCERN_VIEWED,
    CONTACT_VIEWED,
    DECISION_RECORDED,
    DECISION_SIGNED_OFF,
    DECISION_RETURNED,
    EARLIER_CONTACTS_VIEWED,
    CONTACT_MATCH_CONFIRMED,
    CONTACT_MATCH_REJECTED,
    INSPECTION_DATA_EXPORTED,
    PLACEMENT_VIEWED
}
