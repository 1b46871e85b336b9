package uk.frontdoor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.frontdoor.testsupport.PortalTest;

/** Real HTTP: the push websocket, lean as `LeanConnections` makes it, opens uncompressed and still takes long messages. */
class PushWebsocketTest extends PortalTest {

    private static final String PUSH = "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=x&X-Atmosphere-tracking-id=0"
            + "&X-Atmosphere-Transport=websocket&X-Atmosphere-Framework=3.1.5-javascript";

    private static final int TOO_BIG = 1009;

    @LocalServerPort int port;

    @Test
    void the_push_websocket_opens_uncompressed_though_the_browser_asks_for_compression() throws Exception {
        List<String> response = handshake("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n");

        assertThat(response.getFirst()).startsWith("HTTP/1.1 101");
        assertThat(response).noneMatch(line -> line.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    /**
     * A person's longest answer, sent as Vaadin sends a field's value, is many times the websocket's text buffer
     * (1,024 characters): Tomcat makes room for it rather than closing the connection as too big (1009). Past the size
     * Vaadin allows (64 K characters) it does close, which shows the check sees a refusal.
     */
    @Test
    void a_message_larger_than_the_first_buffer_is_taken_and_only_one_past_vaadins_limit_refused() throws Exception {
        assertThat(closedAfterSending(12 * Integer.parseInt(LeanConnections.WEBSOCKET_BUFFER_BYTES)))
                .as("closed after twelve buffers' worth").isEmpty();
        assertThat(closedAfterSending(100_000)).as("closed after 100 K characters").contains(TOO_BIG);
    }

    private Optional<Integer> closedAfterSending(int characters) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + PUSH), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("x".repeat(characters), true).get(10, TimeUnit.SECONDS);
            return Optional.of(closed.get(3, TimeUnit.SECONDS));
        } catch (TimeoutException stillOpen) {
            return Optional.empty();
        } finally {
            socket.abort();
        }
    }

    private List<String> handshake(String extensions) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + PUSH + " HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + extensions + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
