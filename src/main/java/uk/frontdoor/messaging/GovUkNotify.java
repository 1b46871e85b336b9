package uk.frontdoor.messaging;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends a {@code notification.v1} through GOV.UK Notify's official client when Notify is configured: the template
 * gets the reference and the link as personalisation, and our message id as Notify's reference, nothing else.
 * Without an API key the notify-referrer route falls back to SMTP email.
 */
@Component("govUkNotify")
public class GovUkNotify implements Processor {

    private final JsonMapper json;
    private final String apiKey;
    private final String baseUrl;
    private final String emailTemplate;

    public GovUkNotify(JsonMapper json, @Value("${frontdoor.notifications.notify.api-key:}") String apiKey,
            @Value("${frontdoor.notifications.notify.base-url:}") String baseUrl,
            @Value("${frontdoor.notifications.notify.email-template:}") String emailTemplate) {
        this.json = json;
        this.apiKey = apiKey;
        this.baseUrl = baseUrl;
        this.emailTemplate = emailTemplate;
    }

    /** The route asks this to choose Notify or SMTP. */
    public boolean configured() {
        return !apiKey.isBlank() && !emailTemplate.isBlank();
    }

    @Override
    public void process(Exchange exchange) throws NotificationClientException {
        JsonNode notification = json.readTree(exchange.getMessage().getBody(String.class));
        NotificationClient client = baseUrl.isBlank() ? new NotificationClient(apiKey) : new NotificationClient(apiKey, baseUrl);
        client.sendEmail(emailTemplate, notification.get("to").asString(),
                Map.of("reference", notification.get("reference").asString(), "link", notification.get("link").asString()),
                notification.get("messageId").asString());
    }
}
