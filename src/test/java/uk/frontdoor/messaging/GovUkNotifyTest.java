package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.StandInNotify.API_KEY;
import static uk.frontdoor.testsupport.StandInNotify.EMAIL_TEMPLATE;
import static uk.frontdoor.testsupport.StandInNotify.SMS_TEMPLATE;

import java.util.Base64;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.testsupport.StandInNotify;

/**
 * GOV.UK Notify's official client against a stand-in Notify on loopback: the exact request it sends, and that
 * nothing but the reference and the link (no name, no details) leaves the portal.
 */
class GovUkNotifyTest {

    private static final String EMAIL = """
            {"contract":"notification.v1","messageId":"email-decision-1","channel":"email","to":"tess@school.example",
             "subject":"Update on your concern FD-2026-000042","reference":"FD-2026-000042",
             "link":"http://localhost:8080/concerns/FD-2026-000042","text":"ChAD has an update."}""";
    private static final String TEXT_MESSAGE = """
            {"contract":"notification.v1","messageId":"text-decision-1","channel":"sms","to":"07700900982",
             "reference":"FD-2026-000043","link":"http://localhost:8080/concerns/FD-2026-000043"}""";

    private final JsonMapper json = JsonMapper.builder().build();
    private final StandInNotify notify = StandInNotify.start();

    @AfterEach
    void stop() {
        notify.close();
    }

    @Test
    void an_email_goes_through_notify_with_only_the_reference_and_the_link() throws Exception {
        GovUkNotify sender = sender(new NotifySettings(API_KEY, notify.url(), EMAIL_TEMPLATE, ""));
        assertThat(sender.sends(EMAIL)).isTrue();

        send(sender, EMAIL);

        JsonNode body = onlyRequest("/v2/notifications/email");
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("email_address", "template_id", "personalisation", "reference");
        assertThat(body.get("email_address").asString()).isEqualTo("tess@school.example");
        assertThat(body.get("template_id").asString()).isEqualTo(EMAIL_TEMPLATE);
        assertThat(body.get("reference").asString()).isEqualTo("email-decision-1");
        assertOnlyReferenceAndLink(body.get("personalisation"), "FD-2026-000042");
    }

    @Test
    void a_text_message_goes_through_notify_with_only_the_reference_and_the_link() throws Exception {
        GovUkNotify sender = sender(new NotifySettings(API_KEY, notify.url(), "", SMS_TEMPLATE));
        assertThat(sender.sends(TEXT_MESSAGE)).isTrue();

        send(sender, TEXT_MESSAGE);

        JsonNode body = onlyRequest("/v2/notifications/sms");
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("phone_number", "template_id", "personalisation", "reference");
        assertThat(body.get("phone_number").asString()).isEqualTo("07700900982");
        assertThat(body.get("template_id").asString()).isEqualTo(SMS_TEMPLATE);
        // Our message id: Notify's delivery receipt names it, and it names no one.
        assertThat(body.get("reference").asString()).isEqualTo("text-decision-1");
        assertOnlyReferenceAndLink(body.get("personalisation"), "FD-2026-000043");
    }

    @Test
    void each_channel_goes_through_notify_only_with_its_own_template() {
        GovUkNotify textsOnly = sender(new NotifySettings(API_KEY, "", "", SMS_TEMPLATE));
        assertThat(textsOnly.sends(TEXT_MESSAGE)).isTrue();
        assertThat(textsOnly.sends(EMAIL)).as("emails then go by SMTP").isFalse();

        GovUkNotify emailsOnly = sender(new NotifySettings(API_KEY, "", EMAIL_TEMPLATE, null));
        assertThat(emailsOnly.sends(EMAIL)).isTrue();
        assertThat(emailsOnly.sends(TEXT_MESSAGE)).isFalse();

        GovUkNotify withoutKey = sender(new NotifySettings("", "", EMAIL_TEMPLATE, SMS_TEMPLATE));
        assertThat(withoutKey.sends(EMAIL)).isFalse();
        assertThat(withoutKey.sends(TEXT_MESSAGE)).isFalse();
    }

    @Test
    void a_notification_notify_refuses_is_parked_and_one_it_cannot_take_now_is_tried_again_without_quoting_it() {
        GovUkNotify sender = sender(new NotifySettings(API_KEY, notify.url(), "", SMS_TEMPLATE));

        notify.answerWith(400);
        assertThatThrownBy(() -> send(sender, TEXT_MESSAGE)).isInstanceOf(RefusedByExternalSystem.class)
                .hasMessage("GOV.UK Notify refused the notification: HTTP 400");
        notify.answerWith(503);
        assertThatThrownBy(() -> send(sender, TEXT_MESSAGE)).isNotInstanceOf(RefusedByExternalSystem.class)
                .hasMessageContaining("HTTP 503").hasMessageNotContaining("07700900982");
    }

    private GovUkNotify sender(NotifySettings settings) {
        return new GovUkNotify(json, settings);
    }

    private static void send(GovUkNotify sender, String notification) throws Exception {
        var exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(notification);
        sender.process(exchange);
    }

    /** The one request Notify received: a POST to the path, signed with a JWT for our service; its JSON body. */
    private JsonNode onlyRequest(String path) {
        assertThat(notify.requests()).hasSize(1);
        StandInNotify.Request request = notify.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(path);
        assertThat(request.authorization()).startsWith("Bearer ");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(request.authorization().substring(7).split("\\.")[1]));
        assertThat(claims.get("iss").asString()).isEqualTo(StandInNotify.SERVICE_ID);
        return json.readTree(request.body());
    }

    private static void assertOnlyReferenceAndLink(JsonNode personalisation, String reference) {
        assertThat(personalisation.propertyNames()).containsExactlyInAnyOrder("reference", "link");
        assertThat(personalisation.get("reference").asString()).isEqualTo(reference);
        assertThat(personalisation.get("link").asString()).isEqualTo("http://localhost:8080/concerns/" + reference);
    }
}
