package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GOV.UK Notify's official client against a stand-in Notify on loopback: the exact request it sends, and that
 * nothing but the reference and the link (no name, no details) leaves the portal.
 */
class GovUkNotifyTest {

    private static final String SERVICE_ID = UUID.randomUUID().toString();
    private static final String API_KEY = "frontdoor_test-" + SERVICE_ID + "-" + UUID.randomUUID();
    private static final String TEMPLATE = UUID.randomUUID().toString();

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String[]> requests = new ArrayList<>();
    private HttpServer notify;

    @BeforeEach
    void standInForNotify() throws IOException {
        notify = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notify.createContext("/", exchange -> {
            requests.add(new String[] {exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            byte[] answer = """
                    {"id":"%s","reference":"r","uri":"u","content":{"body":"b","subject":"s","from_email":"f"},
                     "template":{"id":"%s","version":1,"uri":"t"}}""".formatted(UUID.randomUUID(), TEMPLATE)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        notify.start();
    }

    @AfterEach
    void stop() {
        notify.stop(0);
    }

    @Test
    void an_email_goes_through_notify_with_only_the_reference_and_the_link() throws Exception {
        GovUkNotify sender = new GovUkNotify(json, API_KEY, "http://127.0.0.1:" + notify.getAddress().getPort(), TEMPLATE);
        assertThat(sender.configured()).isTrue();
        var exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody("""
                {"contract":"notification.v1","messageId":"email-decision-1","channel":"email","to":"tess@school.example",
                 "subject":"Update on your concern FD-2026-000042","reference":"FD-2026-000042",
                 "link":"http://localhost:8080/concerns/FD-2026-000042","text":"ChAD has an update."}""");

        sender.process(exchange);

        assertThat(requests).hasSize(1);
        String[] request = requests.getFirst();
        assertThat(request[0]).isEqualTo("POST");
        assertThat(request[1]).isEqualTo("/v2/notifications/email");
        assertThat(request[2]).startsWith("Bearer ");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(request[2].substring(7).split("\\.")[1]));
        assertThat(claims.get("iss").asString()).isEqualTo(SERVICE_ID);

        JsonNode body = json.readTree(request[3]);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("email_address", "template_id", "personalisation", "reference");
        assertThat(body.get("email_address").asString()).isEqualTo("tess@school.example");
        assertThat(body.get("template_id").asString()).isEqualTo(TEMPLATE);
        assertThat(body.get("reference").asString()).isEqualTo("email-decision-1");
        assertThat(body.get("personalisation").propertyNames()).containsExactlyInAnyOrder("reference", "link");
        assertThat(body.get("personalisation").get("reference").asString()).isEqualTo("FD-2026-000042");
        assertThat(body.get("personalisation").get("link").asString()).isEqualTo("http://localhost:8080/concerns/FD-2026-000042");
    }

    @Test
    void without_an_api_key_and_a_template_the_route_uses_smtp_instead() {
        assertThat(new GovUkNotify(json, "", "", TEMPLATE).configured()).isFalse();
        assertThat(new GovUkNotify(json, API_KEY, "", "").configured()).isFalse();
    }
}
