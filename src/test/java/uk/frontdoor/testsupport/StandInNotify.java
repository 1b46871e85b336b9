package uk.frontdoor.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * GOV.UK Notify's API on loopback (the JDK's HTTP server): records every request and answers 201 as Notify does,
 * so the official client runs unchanged. {@link #shared()} is the one the portal under test sends to.
 */
public final class StandInNotify implements AutoCloseable {

    public static final String SERVICE_ID = UUID.randomUUID().toString();
    /** Notify's key format: a name, the service id, then the secret. */
    public static final String API_KEY = "frontdoor_test-" + SERVICE_ID + "-" + UUID.randomUUID();
    public static final String EMAIL_TEMPLATE = UUID.randomUUID().toString();
    public static final String SMS_TEMPLATE = UUID.randomUUID().toString();

    /** One request as it arrived. */
    public record Request(String method, String path, String authorization, String body) {
    }

    private static StandInNotify shared;

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 201;

    private StandInNotify() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            int answering = status;
            // An error echoes what was sent, as Notify's messages can: the portal must not pass it on.
            String body = answering == 201 ? """
                    {"id":"%s","reference":"r","uri":"u",
                     "content":{"body":"b","subject":"s","from_email":"f","from_number":null},
                     "template":{"id":"%s","version":1,"uri":"t"}}""".formatted(UUID.randomUUID(), UUID.randomUUID())
                    : "{\"status_code\":%d,\"errors\":[{\"error\":\"Error\",\"message\":\"07700900982\"}]}"
                            .formatted(answering);
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answering, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public static StandInNotify start() {
        return new StandInNotify();
    }

    /** The stand-in for the test JVM's portal, started on first use and left running. */
    public static synchronized StandInNotify shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on, answer every request with this status (201 is success). */
    public void answerWith(int status) {
        this.status = status;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
