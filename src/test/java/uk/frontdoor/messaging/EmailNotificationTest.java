package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** SMTP takes emails only: a text message that reaches it (Notify not set up for texts) is parked, never mailed. */
class EmailNotificationTest {

    private final EmailNotification smtp = new EmailNotification(JsonMapper.builder().build(), "no-reply@frontdoor.invalid");

    @Test
    void an_email_becomes_the_mail_components_headers_and_body() {
        var exchange = exchange("""
                {"contract":"notification.v1","messageId":"email-1","channel":"email","to":"tess@school.example",
                 "subject":"Update on your concern FD-2026-000042","text":"ChAD has an update."}""");
        smtp.process(exchange);
        assertThat(exchange.getMessage().getHeader("To")).isEqualTo("tess@school.example");
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("ChAD has an update.");
    }

    @Test
    void a_text_message_is_refused_so_the_route_parks_it_with_the_reason() {
        var exchange = exchange("""
                {"contract":"notification.v1","messageId":"text-1","channel":"sms","to":"07700900982",
                 "reference":"FD-2026-000043","link":"http://localhost:8080/concerns/FD-2026-000043"}""");
        assertThatThrownBy(() -> smtp.process(exchange)).isInstanceOf(ContractViolation.class)
                .hasMessageContaining("GOV.UK Notify").hasMessageNotContaining("07700");
    }

    private static DefaultExchange exchange(String notification) {
        var exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(notification);
        return exchange;
    }
}
