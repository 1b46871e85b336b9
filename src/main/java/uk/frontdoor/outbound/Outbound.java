package uk.frontdoor.outbound;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import uk.frontdoor.messaging.ExternalSystemHealth;

/**
 * What the routes ask to choose a flow's destination (deliver-to-council.camel.yaml), and the health of each
 * council system a flow uses, so /actuator/health shows caseManagement or secureEmail only when they matter.
 */
@Component("outbound")
@EnableConfigurationProperties(OutboundSettings.class)
public class Outbound {

    private final OutboundSettings settings;

    Outbound(OutboundSettings settings, ExternalSystemHealth health) {
        this.settings = settings;
        if (settings.uses(DeliverBy.CASE_MANAGEMENT)) {
            health.register("caseManagement", "case-management-adapter");
        }
        if (settings.uses(DeliverBy.SECURE_EMAIL)) {
            health.register("secureEmail", "secure-email-adapter");
        }
    }

    /** in-app, case-management or secure-email, for a flow: contacts (concerns and requests for advice) or messages. */
    public String deliverBy(String flow) {
        DeliverBy chosen = switch (flow) {
            case "contacts" -> settings.contacts();
            case "messages" -> settings.messages();
            default -> throw new IllegalArgumentException("No such flow to ChAD: " + flow);
        };
        return chosen.routeName();
    }
}
