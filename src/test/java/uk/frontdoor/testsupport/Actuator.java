package uk.frontdoor.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What /actuator/health says, as a load balancer or an operator would read it. */
public final class Actuator {

    private Actuator() {
    }

    public static String health(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON fragment for one component in that state, e.g. component("notifications", "DOWN"). */
    public static String component(String name, String status) {
        return "\"" + name + "\":{\"status\":\"" + status + "\"";
    }
}
