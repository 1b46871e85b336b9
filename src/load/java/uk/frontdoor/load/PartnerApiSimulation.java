package uk.frontdoor.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.UUID;

/**
 * Partner systems over the real HTTP path: each virtual user is one school system's request, with its client-credentials
 * token, a new Idempotency-Key, a complete concern, then a read of that concern's status. The rate climbs a step every
 * {@link #LEVEL} after a {@link #WARM_UP} that is not measured, and the run stops itself at the first step whose p99 passes {@link #P99_BUDGET_MILLIS} or that has an
 * error; the report is the last step within budget (README: Benchmarks).
 */
public class PartnerApiSimulation extends Simulation {

    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warm-up-seconds", 30));
    static final Duration LEVEL = Duration.ofSeconds(Long.getLong("load.level-seconds", 10));
    static final double P99_BUDGET_MILLIS = 250;
    private static final int FIRST = Integer.getInteger("load.first", 25);
    private static final int STEP = Integer.getInteger("load.step", 25);
    private static final int LEVELS = Integer.getInteger("load.levels", 40);

    private final PortalUnderLoad portal = PortalUnderLoad.startOrUse();
    private final LoadLevels levels = new LoadLevels(WARM_UP, LEVEL, FIRST, STEP, P99_BUDGET_MILLIS);

    private final ScenarioBuilder partners = scenario("Partner systems posting concerns")
            .exec(session -> session.set("token", portal.token()).set("key", "load-" + UUID.randomUUID()))
            .exec(http("Submit a concern").post("/api/v1/concerns")
                    .header("Authorization", "Bearer #{token}")
                    .header("Idempotency-Key", "#{key}")
                    .body(StringBody(PortalUnderLoad.CONCERN)).asJson()
                    .check(status().is(201), jsonPath("$.reference").saveAs("reference"),
                            responseTimeInMillis().saveAs("submitted")))
            .exec(session -> record(session, "submitted", LoadLevels.Request.SUBMIT))
            .exitHereIfFailed()
            .exec(http("Read its status").get("/api/v1/concerns/#{reference}")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200), responseTimeInMillis().saveAs("read")))
            .exec(session -> record(session, "read", LoadLevels.Request.READ))
            .exec(stopLoadGeneratorIf("p99 passed " + (int) P99_BUDGET_MILLIS + " ms or a request failed",
                    session -> levels.pastBudget()));

    {
        setUp(partners.injectOpen(constantUsersPerSec(FIRST).during(WARM_UP),
                        incrementUsersPerSec(STEP).times(LEVELS).eachLevelLasting(LEVEL).startingFrom(FIRST)))
                .protocols(http.baseUrl(portal.url()).acceptHeader("application/json"));
    }

    private Session record(Session session, String saved, LoadLevels.Request request) {
        levels.record(request, session.contains(saved) ? session.getInt(saved) : -1, session.isFailed());
        return session;
    }

    @Override
    public void before() {
        levels.start();
    }

    @Override
    public void after() {
        System.out.println(levels.report());
        portal.close();
    }
}
