package uk.frontdoor.messaging;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.contract.NotificationV1;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends a {@code notification.v1} through GOV.UK Notify's official client, by email or text message: the template
 * gets the reference and the link as personalisation, and our message id as Notify's reference (its delivery
 * receipts name it), nothing else. An email whose channel Notify is not configured for goes by SMTP instead.
 */
@Component("govUkNotify")
public class GovUkNotify implements Processor {

    static final String EMAIL = "email";
    static final String SMS = "sms";

    private final JsonMapper json;
    private final NotifySettings settings;

    public GovUkNotify(JsonMapper json, NotifySettings settings) {
        this.json = json;
        this.settings = settings;
    }

    /** The route asks this to choose Notify or SMTP for one notification. */
    public boolean sends(String notification) {
        return switch (String.valueOf(json.readValue(notification, NotificationV1.class).channel())) {
            case EMAIL -> settings.sendsEmail();
            case SMS -> settings.sendsTextMessages();
            default -> false;
        };
    }

    @Override
    public void process(Exchange exchange) {
        NotificationV1 notification = json.readValue(exchange.getMessage().getBody(String.class), NotificationV1.class);
        NotificationClient client = settings.baseUrl().isBlank()
                ? new NotificationClient(settings.apiKey())
                : new NotificationClient(settings.apiKey(), settings.baseUrl());
        String to = notification.to();
        Map<String, String> personalisation = Map.of("reference", notification.reference(),
                "link", notification.link());
        String messageId = notification.messageId();
        try {
            if (SMS.equals(notification.channel())) {
                client.sendSms(settings.smsTemplate(), to, personalisation, messageId);
            } else {
                client.sendEmail(settings.emailTemplate(), to, personalisation, messageId);
            }
        } catch (NotificationClientException failure) {
            throw refusedOrUnavailable(failure.getHttpResult());
        }
    }

    /** Notify's 400 (a bad template or number) will not change on a retry; anything else may. Status only: its
     * message can quote what was sent. */
    private static RuntimeException refusedOrUnavailable(int status) {
        return status == 400 ? new RefusedByExternalSystem("GOV.UK Notify refused the notification: HTTP 400")
                : new IllegalStateException("GOV.UK Notify did not take the notification: HTTP " + status);
    }
}
