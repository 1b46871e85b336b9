package uk.frontdoor.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What /actuator/health says, as a load balancer or an operator would read it. */
public final class Actuator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Actuator() {
    }

    /** The monitoring system's token (frontdoor.management.health-token), as PortalTest configures it. */
    public static final String HEALTH_TOKEN = "health-monitor-token-for-the-tests-only";

    /**
     * Health as the monitoring system reads it, every component's status in the order health gives them, without
     * their details: the tests look at statuses ({@link #component}).
     */
    public static String health(int port) {
        JsonNode health = JSON.readTree(health(port, HEALTH_TOKEN));
        withoutDetails(health);
        return JSON.writeValueAsString(health);
    }

    private static void withoutDetails(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("details");
            object.forEach(Actuator::withoutDetails);
        }
    }

    /** Health as read with this bearer token, or as a load balancer reads it with none (null). */
    public static String health(int port, String bearer) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
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
