package uk.frontdoor.messaging;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.springframework.stereotype.Service;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;

/** Each route as an operator sees it: what it does, where it takes messages from, and its counts. No contents. */
@Service
public class RouteFlows {

    /**
     * @param takesFrom the queue the route consumes, or {@link DeadLetters#OUTBOX}: a key of {@link DeadLetters#waiting}
     */
    public record RouteFlow(String route, String description, String takesFrom, long in, long out, long failed) {
    }

    private final CamelContext camel;
    private final RouteCounts counts;

    private final CouncilAccess access;

    RouteFlows(CamelContext camel, RouteCounts counts, CouncilAccess access) {
        this.access = access;
        this.camel = camel;
        this.counts = counts;
    }

    public List<RouteFlow> all(CurrentUser operator) {
        access.require(operator, CouncilSide.IT_OPERATIONS);
        return camel.getRoutes().stream()
                .sorted(Comparator.comparing(Route::getRouteId))
                .map(this::flow)
                .toList();
    }

    /** The counts are this instance's since it started; another instance counts its own. */
    public Instant countedSince() {
        return counts.since();
    }

    private RouteFlow flow(Route route) {
        RouteCounts.Counts count = counts.of(route.getRouteId());
        return new RouteFlow(route.getRouteId(), Objects.requireNonNullElse(route.getDescription(), ""),
                Queues.consumedBy(route).orElse(DeadLetters.OUTBOX), count.in(), count.out(), count.failed());
    }
}
