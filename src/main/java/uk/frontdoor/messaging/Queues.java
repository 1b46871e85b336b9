package uk.frontdoor.messaging;

/** Names of the broker queues the routes use; the routes in integration-routes/ name them too. */
public final class Queues {
    public static final String DUTY_CONTACTS = "duty.contacts";
    public static final String PORTAL_ACKNOWLEDGEMENTS = "portal.acknowledgements";
    public static final String COUNCIL_EMPLOYERS = "council.employers";
    public static final String PORTAL_EMPLOYER_ACKNOWLEDGEMENTS = "portal.employer-acknowledgements";
    public static final String DEAD_LETTERS = "dead-letters";

    private Queues() {
    }
}
