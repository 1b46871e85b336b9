package uk.frontdoor.messaging;

import java.util.Optional;
import org.apache.camel.Route;

/** Names of the broker queues the routes use; the routes in integration-routes/ name them too. */
public final class Queues {
    public static final String DUTY_CONTACTS = "duty.contacts";
    public static final String PORTAL_ACKNOWLEDGEMENTS = "portal.acknowledgements";
    public static final String COUNCIL_EMPLOYERS = "council.employers";
    public static final String PORTAL_EMPLOYER_ACKNOWLEDGEMENTS = "portal.employer-acknowledgements";
    public static final String DEAD_LETTERS = "dead-letters";

    private Queues() {
    }

    /** The queue a route takes its messages from; empty for a route fed by the outbox (direct:). */
    static Optional<String> consumedBy(Route route) {
        String from = route.getEndpoint().getEndpointUri();
        return from.startsWith("jms:")
                ? Optional.of(from.replaceFirst("^jms:(//)?(queue:)?", "").replaceFirst("\\?.*$", ""))
                : Optional.empty();
    }
}
