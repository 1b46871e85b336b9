package uk.frontdoor.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.messaging.DeadLetters;
import uk.frontdoor.messaging.RouteFlows;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/**
 * An operator sees each route's messages in, out, failed and waiting, and a parked message's route and reason (never
 * its contents), fixes the cause and replays it.
 */
class OperationsTest extends UiTest {

    @Autowired DeadLetters deadLetters;
    @Autowired JmsTemplate jms;
    @Autowired JdbcClient jdbc;
    @Autowired RouteFlows routeFlows;
    @Autowired ProducerTemplate routes;
    @Autowired MeterRegistry meters;

    @Test
    void a_route_counts_a_message_passed_on_as_out_and_one_parked_for_its_broken_contract_as_failed() {
        List<Long> before = countsOnThePage("placement-acknowledgement-to-council");

        routes.sendBody("direct:placement-acknowledgement-to-council", """
                {"contract":"placement-acknowledgement.v1","messageId":"%s","placement":"PL-123456","update":"upd-1",
                 "status":"read","occurredAt":"%s"}""".formatted(UUID.randomUUID(), Instant.now()));
        routes.sendBody("direct:placement-acknowledgement-to-council", """
                {"contract":"placement-acknowledgement.v1","messageId":"%s","status":"forgotten"}""".formatted(UUID.randomUUID()));

        List<Long> after = countsOnThePage("placement-acknowledgement-to-council");
        assertThat(List.of(after.get(0) - before.get(0), after.get(1) - before.get(1), after.get(2) - before.get(2)))
                .as("in, out, failed").containsExactly(2L, 1L, 1L);
        assertThat(pageText()).contains("Tells the council's systems a foster carer has read an update.", "this server");
        assertThat(meters.get("frontdoor.route.messages").tags("route", "placement-acknowledgement-to-council", "outcome", "failed")
                .functionCounter().count()).isEqualTo(after.get(2).doubleValue());
    }

    @Test
    void every_route_says_what_it_does_and_where_its_messages_wait() {
        var operator = DemoUser.OPERATOR.currentUser();
        var waiting = deadLetters.waiting(operator);
        assertThat(routeFlows.all(operator)).isNotEmpty().allSatisfy(flow -> {
            assertThat(flow.description()).as(flow.route()).isNotBlank();
            assertThat(waiting).as(flow.route()).containsKey(flow.takesFrom());
        });
        assertThat(routeFlows.all(operator)).filteredOn(flow -> flow.route().equals("contact-intake"))
                .singleElement().extracting(RouteFlows.RouteFlow::takesFrom).isEqualTo("duty.contacts");
    }

    @Test
    void a_parked_update_for_a_placement_not_yet_known_is_replayed_once_the_placement_exists() {
        String placement = "PL-" + (900000 + (int) (Math.random() * 99999));
        String messageId = "upd-" + UUID.randomUUID();
        long failedBefore = failed("placement-update-intake");
        jms.convertAndSend("portal.placement-updates", """
                {"contract":"placement-update.v1","messageId":"%s","placement":"%s","kind":"message",
                 "title":"Hello","text":"Private words about the child","sentBy":"Priya Shah","sentAt":"%s"}"""
                .formatted(messageId, placement, Instant.now()));
        eventually("the update is parked after its retries", Duration.ofSeconds(30), () ->
                deadLetters.parked(DemoUser.OPERATOR.currentUser()).stream()
                        .anyMatch(parked -> String.valueOf(parked.reason()).contains("IllegalArgumentException thrown at uk.frontdoor.partner.fostering.PlacementUpdates")));
        eventually("parked after its retries counts as failed", Duration.ofSeconds(5), () ->
                failed("placement-update-intake") == failedBefore + 1);

        signInAs(DemoUser.OPERATOR);
        UI.getCurrent().navigate(OperationsView.class);
        assertThat(pageText()).contains("Messages waiting", "placement-update-intake", "IllegalArgumentException thrown at uk.frontdoor.partner.fostering.PlacementUpdates")
                .doesNotContain("Private words about the child");

        jdbc.sql("INSERT INTO placement (id, reference, carer_subject, child_first_name, child_date_of_birth, placement_type, "
                        + "started_on, child_social_worker, child_social_worker_phone, supervising_social_worker, "
                        + "supervising_social_worker_phone, delegated_authority) VALUES (?, ?, 'carer', 'Ivy', DATE '2014-01-01', "
                        + "'SHORT_TERM', CURRENT_DATE, 'Priya Shah', '01782 231000', 'Tom Walker', '01782 232000', 'Ask first.')")
                .params(UUID.randomUUID(), placement).update();
        _click(_get(Button.class, spec -> spec.withId("replay-all")));
        assertThat(pageText()).contains("replayed.");

        eventually("the replayed update lands", Duration.ofSeconds(20), () -> jdbc.sql(
                "SELECT count(*) FROM placement_update WHERE message_id = ?").param(messageId).query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'DEAD_LETTER_REPLAYED' AND actor = 'operator'")
                .query(Long.class).single()).isPositive();
    }

    private long failed(String route) {
        return routeFlows.all(DemoUser.OPERATOR.currentUser()).stream().filter(flow -> flow.route().equals(route))
                .findFirst().orElseThrow().failed();
    }

    /** In, out and failed in the route's row, as the page shows them when opened now. */
    private List<Long> countsOnThePage(String route) {
        signInAs(DemoUser.OPERATOR);
        UI.getCurrent().navigate(OperationsView.class);
        NativeTableRow row = _find(NativeTableRow.class).stream()
                .filter(each -> each.getCell(0).map(cell -> cell.getElement().getText()).orElse("").equals(route))
                .findFirst().orElseThrow();
        return row.getAllCells().subList(1, 4).stream().map(Component::getElement)
                .map(cell -> Long.parseLong(cell.getText())).toList();
    }

    @Test
    void only_an_operator_sees_the_message_flows() {
        signInAs(DemoUser.DUTY);
        assertRefused(() -> UI.getCurrent().navigate(OperationsView.class));
        assertThatThrownBy(() -> deadLetters.parked(DemoUser.MANAGER.currentUser())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deadLetters.replay(DemoUser.TEACHER.currentUser(), "ID:1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routeFlows.all(DemoUser.DUTY.currentUser())).isInstanceOf(AccessDeniedException.class);
    }
}
