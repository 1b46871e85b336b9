package uk.frontdoor.partner.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;
import uk.frontdoor.testsupport.Views;

/**
 * Placements from the council's placement system (placement.v1 on portal.placements): started, changed and ended,
 * each once, in order by sequence, live on the carer's open page; a message for a carer the portal does not serve
 * is parked, not lost.
 */
class PlacementIntakeTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;
    @Autowired Placements placements;
    @Autowired FosteringSettings settings;

    private final MadePlacements made = new MadePlacements();

    /** The suite shares one portal: the carer's list is left as the demo data made it. */
    @AfterEach
    void removeThePlacementsMade() {
        made.removeAll(jdbc);
    }

    static String event(String placement, String event, long sequence, String carer, String organisation,
            String endedOn, String nextVisitOn) {
        return """
                {"contract":"placement.v1","messageId":"%s-%d-%s","placement":"%s","event":"%s","sequence":%d,
                 "carerOrganisation":"%s","carer":"%s","childFirstName":"Ava","childDateOfBirth":"2016-04-09",
                 "placementType":"short-term","startedOn":"%s",%s"childSocialWorker":"Priya Shah",
                 "childSocialWorkerPhone":"01782 231000","supervisingSocialWorker":"Tom Walker",
                 "supervisingSocialWorkerPhone":"01782 232000","delegatedAuthority":"You may consent to school trips.",
                 "nextVisitOn":"%s","sentBy":"Liquidlogic LCS","sentAt":"%s"}"""
                .formatted(placement, sequence, event, placement, event, sequence, organisation, carer,
                        LocalDate.now().minusDays(3), endedOn == null ? "" : "\"endedOn\":\"" + endedOn + "\",",
                        nextVisitOn, Instant.now());
    }

    static String event(String placement, String event, long sequence, String endedOn) {
        return event(placement, event, sequence, "carer", "fostering-stoke", endedOn, LocalDate.now().plusDays(4).toString());
    }

    @Test
    void a_placement_is_started_changed_and_ended_once_each_and_shows_live() {
        signInAs(DemoUser.CARER);
        UI.getCurrent().navigate(Views.named("MyPlacementsView"));
        assertThat(pageText()).doesNotContain("Orla");
        String placement = made.next();
        String started = event(placement, "started", 1, null).replace("\"Ava\"", "\"Orla\"");
        jms.convertAndSend("portal.placements", started);
        jms.convertAndSend("portal.placements", started);
        eventually("the new placement shows on the carer's open list", WAIT, () -> {
            roundTrip();
            return pageText().contains("Orla, ");
        });
        assertThat(column(placement, "child_first_name")).isEqualTo("Orla");
        assertThat(jdbc.sql("SELECT count(*) FROM placement WHERE reference = ?").param(placement).query(Long.class)
                .single()).isEqualTo(1);

        Views.open("PlacementView", placement);
        LocalDate visit = LocalDate.now().plusDays(6);
        jms.convertAndSend("portal.placements", event(placement, "changed", 2, "carer", "fostering-stoke", null,
                visit.toString()).replace("\"Ava\"", "\"Orla\""));
        eventually("the change shows on the open placement", WAIT, () -> {
            roundTrip();
            return visit.toString().equals(column(placement, "next_visit_on"));
        });

        LocalDate ended = LocalDate.now();
        jms.convertAndSend("portal.placements", event(placement, "ended", 3, ended.toString()).replace("\"Ava\"", "\"Orla\""));
        eventually("the placement has ended", WAIT, () -> ended.toString().equals(column(placement, "ended_on")));
        eventually("the end shows on the open page", WAIT, () -> {
            roundTrip();
            return pageText().contains("Ended");
        });
        assertThat(column(placement, "last_sequence")).isEqualTo("3");
    }

    @Test
    void a_late_start_after_the_end_changes_nothing_and_the_placement_stays_ended() {
        String placement = made.next();
        String ended = LocalDate.now().minusDays(1).toString();
        jms.convertAndSend("portal.placements", event(placement, "ended", 5, ended));
        eventually("the end lands first", WAIT, () -> ended.equals(column(placement, "ended_on")));
        jms.convertAndSend("portal.placements", event(placement, "started", 1, null));
        jms.convertAndSend("portal.placements", event(placement, "changed", 4, null));
        eventually("both late events are taken", WAIT, () -> jdbc.sql(
                "SELECT count(*) FROM processed_message WHERE consumer = 'placement-intake' AND message_id IN (?, ?)")
                .params(placement + "-1-started", placement + "-4-changed").query(Long.class).single() == 2);
        assertThat(column(placement, "ended_on")).isEqualTo(ended);
        assertThat(column(placement, "last_sequence")).isEqualTo("5");

        jms.convertAndSend("portal.placements", event(placement, "changed", 6, null));
        eventually("a later change lands", WAIT, () -> "6".equals(column(placement, "last_sequence")));
        assertThat(column(placement, "ended_on")).as("a change never reopens an ended placement").isEqualTo(ended);
    }

    @Test
    void a_message_for_a_carer_the_portal_does_not_serve_is_parked_not_lost() {
        String placement = made.next();
        String marker = placement + "-parked";
        String reason = parkedReason(marker, event(placement, "started", 1, "carer", "fostering-elsewhere", null,
                LocalDate.now().plusDays(4).toString()));
        assertThat(reason).startsWith("ContractViolation: placement.v1:").contains("carerOrganisation")
                .doesNotContain("Ava");
        assertThat(jdbc.sql("SELECT count(*) FROM placement WHERE reference = ?").param(placement).query(Long.class)
                .single()).isZero();
    }

    @Test
    void a_message_for_another_carer_than_the_placements_is_parked() {
        String placement = made.next();
        jms.convertAndSend("portal.placements", event(placement, "started", 1, null));
        eventually("the placement is started", WAIT, () -> column(placement, "carer_subject") != null);
        String marker = placement + "-moved";
        String reason = parkedReason(marker, event(placement, "changed", 2, "another-carer", "fostering-stoke", null,
                LocalDate.now().plusDays(4).toString()));
        assertThat(reason).contains("carer is not the carer");
        assertThat(column(placement, "carer_subject")).isEqualTo("carer");
    }

    @Test
    void access_ends_the_configured_days_after_an_ending_sent_by_the_council() {
        int days = settings.accessDaysAfterEnd();
        String justVisible = made.next();
        String gone = made.next();
        jms.convertAndSend("portal.placements", event(justVisible, "ended", 1, LocalDate.now().minusDays(days - 1).toString()));
        jms.convertAndSend("portal.placements", event(gone, "ended", 1, LocalDate.now().minusDays(days + 1).toString()));
        eventually("both have landed", WAIT, () -> column(justVisible, "ended_on") != null && column(gone, "ended_on") != null);
        assertThat(placements.forCarer(DemoUser.CARER.currentUser())).extracting(Placement::reference)
                .contains(justVisible).doesNotContain(gone);
        assertThat(placements.open(DemoUser.CARER.currentUser(), gone)).isEmpty();
    }

    /** Sends the message marked, waits until it is parked and gives the reason it was parked with. */
    private String parkedReason(String marker, String message) {
        jms.convertAndSend("portal.placements", message, sent -> {
            sent.setStringProperty("testMarker", marker);
            return sent;
        });
        String selector = "testMarker = '" + marker + "'";
        eventually("the message is parked", WAIT, () -> jms.browseSelected("dead-letters", selector,
                (session, browser) -> browser.getEnumeration().hasMoreElements()));
        return jms.browseSelected("dead-letters", selector, (session, browser) ->
                ((Message) browser.getEnumeration().nextElement()).getStringProperty("FrontDoorFailureReason"));
    }

    private String column(String placement, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM placement WHERE reference = ?").param(placement)
                .query(String.class).optional().orElse(null);
    }
}
