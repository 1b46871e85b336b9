package uk.frontdoor.messaging;

import uk.frontdoor.testsupport.Views;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import jakarta.jms.ConnectionFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** Live updates travel on a broker topic, so a screen on one instance hears what another instance recorded. */
class LiveUpdateTopicTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired LiveUpdates liveUpdates;
    @Autowired ConnectionFactory connectionFactory;

    @Test
    void a_topic_from_another_instance_refreshes_the_teachers_open_timeline_here() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Nia", "Elsewhere"));
        signInAs(DemoUser.TEACHER);
        Views.open("ConcernTimelineView", reference);
        eventually("received shows on the open timeline", WAIT, () -> {
            roundTrip();
            return timelineShown().contains("Received by ChAD");
        });

        // Another instance's consumer records it there, in the one database, and publishes only the reference.
        concerns.acknowledge(reference, null, TimelineStatus.BEING_LOOKED_AT, Instant.now(), UUID.randomUUID().toString(), null);
        roundTrip();
        assertThat(timelineShown()).doesNotContain("A social worker is looking at it");
        otherInstance().convertAndSend(LiveUpdateTopic.NAME, reference);

        eventually("being looked at shows on the open timeline", WAIT, () -> {
            roundTrip();
            return timelineShown().contains("A social worker is looking at it");
        });
    }

    @Test
    void a_change_published_here_refreshes_each_open_screen_once() throws InterruptedException {
        signInAs(DemoUser.DUTY);
        Div screen = new Div();
        UI.getCurrent().add(screen);
        AtomicInteger refreshes = new AtomicInteger();
        liveUpdates.subscribe(screen, "refreshed-once", refreshes::incrementAndGet);

        liveUpdates.publishAfterCommit("refreshed-once");

        eventually("the screen refreshes", WAIT, () -> {
            roundTrip();
            return refreshes.get() > 0;
        });
        Thread.sleep(500);
        roundTrip();
        assertThat(refreshes).hasValue(1);
    }

    private JmsTemplate otherInstance() {
        JmsTemplate topic = new JmsTemplate(connectionFactory);
        topic.setPubSubDomain(true);
        return topic;
    }
}
