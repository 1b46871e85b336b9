package uk.frontdoor.audit;

/** What can be audited. Viewing a child's details is always one of them. */
public enum AuditAction {
    CONCERN_SUBMITTED,
    CONCERN_VIEWED,
    CONTACT_VIEWED,
    DECISION_RECORDED,
    DECISION_SIGNED_OFF,
    DECISION_RETURNED,
    /** Children's data leaving the portal for inspection (Ofsted Annex A lists): a disclosure. */
    INSPECTION_DATA_EXPORTED
}
