package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The route ids the Java code sends to are the running routes, every route the outbox could feed has its id in
 * {@link Routes}, and every route file sits on its side under its route's id, named by the one pattern.
 */
class RoutesTest extends PortalTest {

    private static final Path ROUTES = Path.of("integration-routes");
    private static final Pattern ROUTE_ID = Pattern.compile("(?m)^- route:\\s*\\n\\s+id: ([a-z-]+)");

    @Autowired CamelContext camel;

    @Test
    void every_id_the_outbox_sends_to_is_a_running_route_fed_through_direct() {
        for (String id : Routes.FED_BY_THE_OUTBOX) {
            Route route = camel.getRoute(id);
            assertThat(route).as("route %s", id).isNotNull();
            assertThat(route.getEndpoint().getEndpointUri()).as("route %s", id).isEqualTo("direct://" + id);
        }
    }

    @Test
    void every_route_fed_through_direct_from_java_has_its_id_in_one_place() {
        List<String> direct = camel.getRoutes().stream()
                .filter(route -> route.getEndpoint().getEndpointUri().startsWith("direct:"))
                .map(Route::getRouteId)
                // Called by other routes, never by the outbox.
                .filter(id -> !id.equals("deliver-to-council"))
                .toList();
        List<String> fedFromJava = new java.util.ArrayList<>(Routes.FED_BY_THE_OUTBOX);
        fedFromJava.addAll(Queues.BATCHED_INTAKES.values());
        assertThat(direct).containsExactlyInAnyOrderElementsOf(fedFromJava);
    }

    @Test
    void each_batched_intake_is_a_running_route_fed_through_direct_and_consumes_its_queue() {
        Queues.BATCHED_INTAKES.forEach((queue, id) -> {
            Route route = camel.getRoute(id);
            assertThat(route).as("route %s", id).isNotNull();
            assertThat(route.getEndpoint().getEndpointUri()).as("route %s", id).isEqualTo("direct://" + id);
            assertThat(Queues.consumedBy(route)).as("route %s", id).contains(queue);
        });
        assertThat(Queues.consumedBy(camel.getRoute(Routes.CONTACT_TO_COUNCIL))).as("fed by the outbox").isEmpty();
    }

    @Test
    void route_files_are_named_by_their_route_and_sit_on_the_side_that_runs_them() throws IOException {
        Map<String, String> sideOfEachRoute = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROUTES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".camel.yaml")).toList()) {
                String side = ROUTES.relativize(file).getNameCount() == 1 ? "shared" : file.getParent().getFileName().toString();
                Matcher ids = ROUTE_ID.matcher(Files.readString(file));
                if (ids.find()) {
                    String name = file.getFileName().toString().replace(".camel.yaml", "");
                    assertThat(ids.group(1)).as("the first route in %s", file).isEqualTo(name);
                    sideOfEachRoute.put(name, side);
                }
            }
        }
        sideOfEachRoute.forEach((name, side) -> {
            if (name.endsWith("-to-council")) {
                assertThat(side).as(name).isEqualTo("partner-side");
            } else if (name.endsWith("-to-partner")) {
                assertThat(side).as(name).isEqualTo("council-side");
            } else {
                assertThat(name).as("a route on %s", side).matches(".*-(intake|adapter)|notify-referrer");
                assertThat(side).as(name).isIn("partner-side", "council-side");
            }
        });
        assertThat(sideOfEachRoute).containsKeys("contact-intake", "acknowledgement-intake", "contact-to-council",
                "acknowledgement-to-partner");
    }

    @Test
    void a_message_written_before_the_routes_were_named_by_side_goes_to_the_route_today() {
        assertThat(Routes.current("contact-to-duty")).isEqualTo(Routes.CONTACT_TO_COUNCIL);
        assertThat(Routes.current("acknowledgement-to-portal")).isEqualTo(Routes.ACKNOWLEDGEMENT_TO_PARTNER);
        assertThat(Routes.current(Routes.OFFER_TO_COUNCIL)).isEqualTo(Routes.OFFER_TO_COUNCIL);
    }
}
