package uk.frontdoor.partner.fostering;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** A foster carer sees only the children placed with them, follows updates live and says when they have read one. */
class PlacementsTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired Placements placements;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;

    @Test
    void a_carer_sees_the_children_placed_with_them_now_and_nobody_else() {
        signInAs(DemoUser.CARER);
        UI.getCurrent().navigate(Views.named("MyPlacementsView"));
        assertThat(pageText()).contains("Jade", "Leo", "Long-term placement", "Short-term placement")
                .doesNotContain("Maya", "Sam");
        Views.open("PlacementView", "PL-1001");
        assertThat(_get(H1.class).getText()).startsWith("Jade, ");
        assertThat(pageText()).contains("Priya Shah, 01782 231000", "Tom Walker", "school trips", "Next looked-after review");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream()
                .map(com.vaadin.flow.component.html.Anchor::getHref)).as("each social worker's number, tap to call")
                .contains("tel:01782231000");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PLACEMENT_VIEWED' AND subject = 'PL-1001'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void a_placement_that_ended_more_than_seven_days_ago_or_belongs_to_another_carer_cannot_be_opened() {
        signInAs(DemoUser.CARER);
        Views.open("PlacementView", "PL-0950");
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        Views.open("PlacementView", "PL-1003");
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThatThrownBy(() -> placements.updates(DemoUser.CARER.currentUser(), "PL-1003"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void access_lasts_seven_days_after_a_placement_ends() {
        jdbc.sql("UPDATE placement SET ended_on = ? WHERE reference = 'PL-1002'").param(LocalDate.now().minusDays(7)).update();
        try {
            assertThat(placements.forCarer(DemoUser.CARER.currentUser())).extracting(Placement::reference).contains("PL-1002");
            jdbc.sql("UPDATE placement SET ended_on = ? WHERE reference = 'PL-1002'").param(LocalDate.now().minusDays(8)).update();
            assertThat(placements.forCarer(DemoUser.CARER.currentUser())).extracting(Placement::reference).doesNotContain("PL-1002");
        } finally {
            jdbc.sql("UPDATE placement SET ended_on = NULL WHERE reference = 'PL-1002'").update();
        }
    }

    @Test
    void nobody_but_a_foster_carer_sees_placements() {
        signInAs(DemoUser.TEACHER);
        assertRefused(() -> UI.getCurrent().navigate(Views.named("MyPlacementsView")));
        assertThatThrownBy(() -> placements.forCarer(DemoUser.DUTY.currentUser())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_update_from_the_council_arrives_live_once_and_reading_it_is_acknowledged_back() {
        signInAs(DemoUser.CARER);
        Views.open("PlacementView", "PL-1001");
        String messageId = "upd-" + UUID.randomUUID();
        String update = """
                {"contract":"placement-update.v1","messageId":"%s","placement":"PL-1001","kind":"review-booked",
                 "title":"Looked-after review booked","text":"Jade's review is on 12 December at 4pm at school.",
                 "sentBy":"Priya Shah","sentAt":"%s"}""".formatted(messageId, Instant.now());
        jms.convertAndSend("portal.placement-updates", update);
        jms.convertAndSend("portal.placement-updates", update);

        eventually("the update shows on the open page", WAIT, () -> {
            roundTrip();
            return pageText().contains("Looked-after review booked");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM placement_update WHERE message_id = ?").param(messageId)
                .query(Long.class).single()).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("read-" + messageId)));
        assertThat(_find(Button.class, spec -> spec.withId("read-" + messageId))).isEmpty();
        assertThat(pageText()).contains("Read ");
        Message read = receive("fostering.acknowledgements", messageId);
        assertThat(read).isNotNull();
    }

    @Test
    void a_malformed_update_is_parked_with_its_reason_and_one_for_an_unknown_placement_too() {
        String marker = UUID.randomUUID().toString();
        jms.convertAndSend("portal.placement-updates", "{\"contract\":\"placement-update.v1\"}", message -> {
            message.setStringProperty("testMarker", marker);
            return message;
        });
        eventually("the update is parked", WAIT, () -> jms.browseSelected("dead-letters", "testMarker = '" + marker + "'",
                (session, browser) -> browser.getEnumeration().hasMoreElements()));
        String reason = jms.browseSelected("dead-letters", "testMarker = '" + marker + "'",
                (session, browser) -> ((Message) browser.getEnumeration().nextElement()).getStringProperty("FrontDoorFailureReason"));
        assertThat(reason).startsWith("ContractViolation: placement-update.v1:").contains("required");
    }

    @Test
    void a_carer_reports_a_missing_episode_and_sees_the_fostering_team_has_it() {
        signInAs(DemoUser.CARER);
        Views.open("PlacementView", "PL-1002");
        assertThat(pageText()).contains("call the police on 999", "01782 234234");
        _click(_get(Button.class, spec -> spec.withId("send-report")));
        assertThat(errors()).containsExactly("Select what you are telling the fostering team about",
                "Tell the fostering team what happened");
        @SuppressWarnings("unchecked")
        var kind = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<ReportKind>) _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId(Placements.REPORT_KIND));
        uk.frontdoor.testsupport.Type.into(kind, ReportKind.MISSING_EPISODE);
        uk.frontdoor.testsupport.Type.into(_get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId(Placements.REPORT_TEXT)), "Leo left nursery pick-up at 3pm; found at 3:40pm in the park.");
        _click(_get(Button.class, spec -> spec.withId("send-report")));
        assertThat(pageText()).contains("The child went missing, sent");

        eventually("the fostering team acknowledges it", WAIT, () -> {
            roundTrip();
            return pageText().contains("The fostering team has it");
        });
        assertThat(jdbc.sql("SELECT kind FROM fostering_team_report WHERE placement = 'PL-1002' ORDER BY received_at DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("missing-episode");
        assertThatThrownBy(() -> placements.report(DemoUser.CARER.currentUser(), "PL-1003", ReportKind.UPDATE, "Not mine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Message receive(String queue, String updateMessageId) {
        Message[] found = new Message[1];
        eventually("the acknowledgement reaches the council's queue", WAIT, () -> {
            found[0] = jms.browse(queue, (session, browser) -> {
                var messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    Message message = (Message) messages.nextElement();
                    if (message.getBody(String.class).contains(updateMessageId)) {
                        return message;
                    }
                }
                return null;
            });
            return found[0] != null;
        });
        return found[0];
    }
}
