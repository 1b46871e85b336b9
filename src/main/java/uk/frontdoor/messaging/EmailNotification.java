package uk.frontdoor.messaging;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.contract.NotificationV1;

/**
 * Turns a {@code notification.v1} email into the headers and body Camel's mail component sends. A text message
 * cannot go by SMTP: it reaches here only when Notify is not configured for texts, so it is parked with the reason
 * (an operator replays it once FRONTDOOR_NOTIFY_SMS_TEMPLATE is set) instead of retried for ever.
 */
@Component("emailNotification")
class EmailNotification implements Processor {

    private final JsonMapper json;
    private final String from;

    EmailNotification(JsonMapper json, @Value("${frontdoor.notifications.from}") String from) {
        this.json = json;
        this.from = from;
    }

    @Override
    public void process(Exchange exchange) {
        NotificationV1 notification = json.readValue(exchange.getMessage().getBody(String.class), NotificationV1.class);
        if (!GovUkNotify.EMAIL.equals(notification.channel())) {
            throw new ContractViolation("notification.v1: a text message goes through GOV.UK Notify only, "
                    + "which has no API key or text message template here");
        }
        exchange.getMessage().setHeader("To", notification.to());
        exchange.getMessage().setHeader("From", from);
        exchange.getMessage().setHeader("Subject", notification.subject());
        exchange.getMessage().setHeader("Content-Type", "text/plain; charset=UTF-8");
        exchange.getMessage().setBody(notification.text());
    }
}
