package uk.frontdoor.outbound;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A duty mailbox, for councils without an API: each contact or message goes as a plain-text email over SMTP with
 * TLS from the first byte (smtps), the server's certificate and name checked. The subject carries the reference
 * only, because subjects are often stored and shown unencrypted; the child's details are in the body.
 */
@Component("secureEmail")
public class SecureEmail extends CouncilSystemAdapter {

    private final OutboundSettings.SecureEmail settings;
    private final ProducerTemplate camel;

    SecureEmail(OutboundSettings outbound, JsonMapper json, ExternalDeliveries deliveries, ProducerTemplate camel) {
        super(json, deliveries, DeliverBy.SECURE_EMAIL);
        this.settings = outbound.secureEmail();
        this.camel = camel;
    }

    @Override
    String send(JsonNode message, String body) {
        String uri = settings.uri() + (settings.uri().contains("?") ? "&" : "?")
                + "useHeaderRecipients=true&useHeaderSubject=true&useHeaderFrom=true"
                + "&additionalJavaMailProperties=#secureEmailTls";
        Exchange sent = camel.send(uri, exchange -> {
            exchange.getMessage().setHeader("To", settings.to());
            exchange.getMessage().setHeader("From", settings.from());
            exchange.getMessage().setHeader("Subject", subject(message));
            // The mailbox can spot a repeat by its Message-ID.
            exchange.getMessage().setHeader("Message-ID", "<" + message.get("messageId").asString() + "@frontdoor>");
            exchange.getMessage().setBody(ReadableText.of(message));
        });
        if (sent.getException() != null) {
            throw new IllegalStateException("The duty mailbox did not take the email", sent.getException());
        }
        return null;
    }

    private static String subject(JsonNode message) {
        String reference = message.get("reference").asString();
        return switch (message.get("contract").asString()) {
            case "message.v1" -> "Message from the referrer on " + reference;
            case "advice-request.v1" -> "Request for advice " + reference;
            default -> (message.path("urgent").asBoolean(false) ? "URGENT: new contact " : "New contact ") + reference;
        };
    }
}
