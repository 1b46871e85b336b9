package uk.frontdoor.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.messaging.DeadLetters;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** An operator sees a parked message's route and reason (never its contents), fixes the cause and replays it. */
class OperationsTest extends UiTest {

    @Autowired DeadLetters deadLetters;
    @Autowired JmsTemplate jms;
    @Autowired JdbcClient jdbc;

    @Test
    void a_parked_update_for_a_placement_not_yet_known_is_replayed_once_the_placement_exists() {
        String placement = "PL-" + (900000 + (int) (Math.random() * 99999));
        String messageId = "upd-" + UUID.randomUUID();
        jms.convertAndSend("portal.placement-updates", """
                {"contract":"placement-update.v1","messageId":"%s","placement":"%s","kind":"message",
                 "title":"Hello","text":"Private words about the child","sentBy":"Priya Shah","sentAt":"%s"}"""
                .formatted(messageId, placement, Instant.now()));
        eventually("the update is parked after its retries", Duration.ofSeconds(30), () ->
                deadLetters.parked(DemoUser.OPERATOR.currentUser()).stream()
                        .anyMatch(parked -> String.valueOf(parked.reason()).contains("No placement has the update's reference")));

        signInAs(DemoUser.OPERATOR);
        UI.getCurrent().navigate(OperationsView.class);
        assertThat(pageText()).contains("Messages waiting", "placement-update-intake", "No placement has the update's reference")
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

    @Test
    void only_an_operator_sees_the_message_flows() {
        signInAs(DemoUser.DUTY);
        assertThatThrownBy(() -> UI.getCurrent().navigate(OperationsView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> deadLetters.parked(DemoUser.MANAGER.currentUser())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deadLetters.replay(DemoUser.TEACHER.currentUser(), "ID:1")).isInstanceOf(AccessDeniedException.class);
    }
}
