package uk.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.InboxFilter;
import uk.frontdoor.council.performance.PerformanceInformation;
import uk.frontdoor.council.performance.PerformanceReport;
import uk.frontdoor.council.performance.ReportingPeriod;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.PortalTest;

/**
 * A demo portal with the month on fills itself through its services and routes: the duty inbox, the sign-off queue
 * and the managers' figures all have something in them, every outcome among them, and running it again adds nothing.
 * Its own context, data directory and JVM: the shared one (PortalTest) has the month off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A second portal in the shared JVM would take over its JVM-wide parts (Spring Security's holder strategy, Vaadin's
// context) from the suite's shared one: like every test that starts its own portal, this one has a JVM of its own.
@org.junit.jupiter.api.Tag("own-jvm")
class DemoMonthTest {

    private static final Path DATA = PortalTest.freshDataDirectory();
    private static final CurrentUser DUTY = new CurrentUser("duty", "Dee Duty", null, EnumSet.of(Role.DUTY_SOCIAL_WORKER), "chad");
    private static final CurrentUser MANAGER = new CurrentUser("manager", "Max Manager", null, EnumSet.of(Role.DUTY_MANAGER), "chad");
    private static final CurrentUser CARER = new CurrentUser("carer", "Carys Carer", null, EnumSet.of(Role.FOSTER_CARER),
            "fostering-stoke");
    private static final List<String> COUNTED = List.of("placement", "concern", "concern_event", "duty_contact", "duty_decision",
            "duty_contact_event", "duty_message", "employer_registration", "employer_offer", "council_offer",
            "placement_update", "carer_report", "demo_month_step");

    @DynamicPropertySource
    static void demoMonth(DynamicPropertyRegistry registry) {
        registry.add("frontdoor.data-directory", DATA::toString);
        registry.add("frontdoor.demo", () -> "true");
        registry.add(DemoMonth.SWITCH, () -> "true");
    }

    @Autowired DemoMonthSeeder seeder;
    @Autowired DutyInbox inbox;
    @Autowired DutyDecisions decisions;
    @Autowired PerformanceInformation performance;
    @Autowired JdbcClient jdbc;
    @Autowired HealthContributorRegistry health;
    @Autowired uk.frontdoor.partner.fostering.Placements placements;

    @Test
    void the_month_fills_the_inbox_the_sign_off_queue_and_the_dashboard_once() {
        Concerns.eventually("the demo month is ready", Duration.ofSeconds(90), seeder::ready);
        assertThat(seeder.health().getDetails()).containsEntry("state", "ready");
        assertThat(health.getContributor("demoMonth")).as("health's demoMonth part").isInstanceOf(HealthIndicator.class);
        assertThat(((HealthIndicator) health.getContributor("demoMonth")).health().getDetails())
                .containsEntry("state", "ready").containsKeys("stepsDone", "stepsPlanned");

        assertThat(inbox.newestFirst(DUTY)).as("open contacts in the duty inbox").isNotEmpty();
        assertThat(inbox.list(DUTY, InboxFilter.ADVICE, null)).as("requests for advice waiting").isNotEmpty();
        assertThat(inbox.list(DUTY, InboxFilter.DECIDED, null)).hasSizeGreaterThan(200);
        assertThat(decisions.awaitingSignOff(MANAGER)).as("the sign-off queue").isNotEmpty();
        assertThat(count("duty_decision WHERE status = 'RETURNED'")).as("returned by a manager").isPositive();
        assertThat(count("duty_decision WHERE status = 'SIGNED_OFF'")).isPositive();

        PerformanceReport report = performance.report(MANAGER, ReportingPeriod.lastFourWeeks(performance.today()));
        assertThat(report.contacts()).isGreaterThan(200);
        assertThat(report.outcomes().counts()).containsOnlyKeys(ContactOutcome.values())
                .allSatisfy((outcome, n) -> assertThat(n).as(outcome.title()).isPositive());
        assertThat(report.recontacts().recontacts()).isPositive();
        assertThat(report.adviceRequests()).isPositive();
        assertThat(report.partners()).hasSizeGreaterThan(8);

        Instant earliest = jdbc.sql("SELECT min(received_at) FROM duty_contact").query(java.sql.Timestamp.class).single().toInstant();
        assertThat(earliest).as("spread over the month").isBefore(Instant.now().minus(Duration.ofDays(20)));
        assertThat(count("duty_contact_event WHERE occurred_at < now() - interval '20 days'")).as("the record in the month").isPositive();
        assertThat(count("duty_message WHERE from_referrer")).isPositive();
        assertThat(count("placement_update")).isGreaterThanOrEqualTo(DemoWords.PLACEMENT_UPDATES.length);
        assertThat(count("processed_message WHERE consumer = 'placement-intake' AND message_id LIKE 'demo-month-%'"))
                .as("every placement event travelled the placement-intake route").isEqualTo(DemoWords.PLACEMENT_EVENTS.length);
        assertThat(jdbc.sql("SELECT reference || ' ' || last_sequence || ' ' || (ended_on IS NOT NULL) FROM placement "
                        + "WHERE changed_by IS NOT NULL ORDER BY reference").query(String.class).list())
                .as("started, changed and ended by the council's placement system")
                .containsExactly("PL-1004 2 false", "PL-1005 2 true");
        assertThat(placements.forCarer(CARER)).extracting(uk.frontdoor.partner.fostering.Placement::reference)
                .as("the demo carer sees both, the ended one too").contains("PL-1004", "PL-1005");
        Concerns.eventually("the council's answers reach the employers", Duration.ofSeconds(20),
                () -> count("employer_offer WHERE status = 'PUBLISHED'") == DemoWords.OFFERS.length - 1
                        && count("concern_event WHERE status = 'DECISION'") > 200);

        List<Long> before = COUNTED.stream().map(this::count).toList();
        assertThat(seeder.run()).as("a second run does no step").isZero();
        assertThat(COUNTED.stream().map(this::count).toList()).isEqualTo(before);
    }

    @Test
    void a_step_cut_off_midway_leaves_neither_its_work_nor_its_row_so_the_next_start_does_it_once() {
        Concerns.eventually("the demo month is ready", Duration.ofSeconds(90), seeder::ready);
        DemoMonthPlan.Contact contact = DemoMonthPlan.forMonthBefore(Instant.now(), ZoneId.of("Europe/London"))
                .contacts().stream().filter(each -> !each.source().form).findFirst().orElseThrow();
        long concerns = count("concern");
        assertThatThrownBy(() -> seeder.once("cut-off-step", () -> {
            seeder.submit(contact);
            throw new IllegalStateException("the power goes");
        })).hasMessage("the power goes");
        assertThat(count("concern")).isEqualTo(concerns);
        assertThat(count("demo_month_step WHERE step_key = 'cut-off-step'")).isZero();
        assertThat(count("int_channel_message")).as("nothing left in the outbox to send").isZero();

        assertThat(seeder.once("cut-off-step", () -> seeder.submit(contact))).startsWith("FD-");
        assertThat(seeder.once("cut-off-step", () -> seeder.submit(contact))).as("done once only").isNull();
        assertThat(count("concern")).isEqualTo(concerns + 1);
    }

    private long count(String from) {
        return jdbc.sql("SELECT count(*) FROM " + from).query(Long.class).single();
    }
}
