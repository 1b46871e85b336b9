package uk.frontdoor.security;

/** What a partner system's token may do on the partner API, as the scope its client was registered with. */
public enum PartnerScope {
    /** Raise concerns for the client's organisation and read their status. */
    CONCERNS("concerns"),
    /** Post acknowledgements and decisions: the duty service's case-management system only. */
    CONTACT_UPDATES("contact-updates"),
    /** Post placements started, changed and ended: the fostering service's placement system only. */
    PLACEMENTS("placements");

    private final String scope;

    PartnerScope(String scope) {
        this.scope = scope;
    }

    public String scope() {
        return scope;
    }

    String authority() {
        return "SCOPE_" + scope;
    }
}
