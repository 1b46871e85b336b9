package uk.frontdoor.outbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import uk.frontdoor.testsupport.FreePort;

/**
 * A stand-in for a council's case-management system on loopback HTTPS: an OAuth2 token endpoint (client
 * credentials, HTTP Basic) and POST /contacts and /messages that want a token it issued, and that remember each
 * Idempotency-Key, as a real system would. It can go down, come back, refuse the next message, or forget its tokens.
 */
final class LoopbackCaseManagement {

    static final String CLIENT_ID = "frontdoor-portal";
    static final String CLIENT_SECRET = "loopback-secret";

    /** One request the system took (or refused). */
    record Received(String path, String idempotencyKey, String authorization, String body, int status) {
    }

    private final int port = FreePort.any();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> referencesByKey = new ConcurrentHashMap<>();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile int refuseNextWith;
    private HttpsServer server;

    String url() {
        return "https://127.0.0.1:" + port;
    }

    synchronized void up() {
        try {
            server = HttpsServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(Loopback.serverTls()));
        server.createContext("/oauth2/token", this::token);
        server.createContext("/contacts", this::take);
        server.createContext("/messages", this::take);
        server.start();
    }

    synchronized void down() {
        server.stop(0);
    }

    void refuseNextWith(int status) {
        refuseNextWith = status;
    }

    void forgetTokens() {
        issuedTokens.clear();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !form.contains("grant_type=client_credentials")) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = "token-" + tokensIssued.incrementAndGet();
        issuedTokens.add(token);
        answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void take(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status;
        String reference = null;
        if (authorization == null || !issuedTokens.contains(authorization.substring("Bearer ".length()))) {
            status = 401;
        } else if (refuseNextWith != 0) {
            status = refuseNextWith;
            refuseNextWith = 0;
        } else {
            boolean repeat = referencesByKey.containsKey(key);
            reference = referencesByKey.computeIfAbsent(key, k -> "CMS-" + (referencesByKey.size() + 1000));
            status = repeat ? 200 : 201;
        }
        received.add(new Received(exchange.getRequestURI().getPath(), key, authorization, body, status));
        // A refusal quotes what it refused, as real systems' validation errors do: the portal must not pass it on.
        String answer = reference != null ? "{\"reference\":\"" + reference + "\"}"
                : status >= 400 && status != 401 ? "{\"detail\":" + quoted(body) + "}" : "{}";
        answer(exchange, status, answer);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
