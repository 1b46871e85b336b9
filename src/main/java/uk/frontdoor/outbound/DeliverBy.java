package uk.frontdoor.outbound;

/** How a flow reaches ChAD, chosen per flow by configuration (frontdoor.outbound.*). */
public enum DeliverBy {
    /** The duty inbox in this portal. */
    IN_APP,
    /** The council's case-management system, over HTTPS with OAuth2 client credentials. */
    CASE_MANAGEMENT,
    /** A duty mailbox, by SMTP over TLS, for councils without an API. */
    SECURE_EMAIL;

    /** The name the routes compare against, as it is written in configuration: in-app, case-management, secure-email. */
    public String routeName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
