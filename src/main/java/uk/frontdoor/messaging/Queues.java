package uk.frontdoor.messaging;

import java.util.Map;
import java.util.Optional;
import org.apache.camel.Route;

/** Names of the broker queues the routes use; the routes in integration-routes/ name them too. */
public final class Queues {
    public static final String DUTY_CONTACTS = "duty.contacts";
    public static final String PORTAL_ACKNOWLEDGEMENTS = "portal.acknowledgements";
    public static final String COUNCIL_EMPLOYERS = "council.employers";
    public static final String PORTAL_EMPLOYER_ACKNOWLEDGEMENTS = "portal.employer-acknowledgements";
    public static final String DEAD_LETTERS = "dead-letters";

    /**
     * The queues taken in batches ({@link IntakeBatches}), each with the route it feeds ({@code direct:}, in
     * integration-routes/): every concern's contact and its acknowledgements, the two that carry every concern.
     */
    static final Map<String, String> BATCHED_INTAKES = Map.of(
            DUTY_CONTACTS, "contact-intake",
            PORTAL_ACKNOWLEDGEMENTS, "acknowledgement-intake");

    private Queues() {
    }

    /** The queue a route takes its messages from, itself or batched; empty for a route fed by the outbox. */
    static Optional<String> consumedBy(Route route) {
        String from = route.getEndpoint().getEndpointUri();
        if (from.startsWith("jms:")) {
            return Optional.of(from.replaceFirst("^jms:(//)?(queue:)?", "").replaceFirst("\\?.*$", ""));
        }
        return BATCHED_INTAKES.entrySet().stream().filter(intake -> intake.getValue().equals(route.getId()))
                .map(Map.Entry::getKey).findFirst();
    }
}
