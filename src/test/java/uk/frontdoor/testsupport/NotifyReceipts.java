package uk.frontdoor.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GOV.UK Notify's delivery receipts, as Notify sends them to the portal's callback over real HTTP. */
public final class NotifyReceipts {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private NotifyReceipts() {
    }

    /** As GOV.UK Notify sends it; "to" is the number, which the portal never reads back. */
    public static String receiptFor(String messageId, String status) {
        return """
                {"id":"%s","reference":"%s","to":"07700900982","status":"%s",
                 "created_at":"2026-11-22T10:15:30.000000Z","completed_at":"2026-11-22T10:15:31.000000Z",
                 "sent_at":"2026-11-22T10:15:30.500000Z","notification_type":"sms"}""".formatted(UUID.randomUUID(), messageId, status);
    }

    /** Posts a receipt to the portal on this port, with this bearer token (none when null). */
    public static HttpResponse<String> post(int port, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/notify/delivery-receipts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The message ids of the notifications to this audience put on the outbox since then. */
    public static List<String> sentSince(JdbcClient jdbc, String audience, Instant since) {
        return jdbc.sql("SELECT message_id FROM news_notification WHERE audience = ? AND queued_at >= ?")
                .params(audience, Timestamp.from(since)).query(String.class).list();
    }

    /** Notify's receipt says delivered, then (retried, with another word) changes nothing. */
    public static void deliveredOnce(int port, String token, JdbcClient jdbc, String messageId) throws Exception {
        HttpResponse<String> delivered = post(port, token, receiptFor(messageId, "delivered"));
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(202);
        HttpResponse<String> again = post(port, token, receiptFor(messageId, "technical-failure"));
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.body()).contains("already-received");
        assertThat(jdbc.sql("SELECT status FROM news_notification WHERE message_id = ?").param(messageId)
                .query(String.class).single()).as("a repeated receipt changes nothing").isEqualTo("delivered");
    }
}
