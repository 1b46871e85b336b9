package uk.frontdoor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jms.UncategorizedJmsException;

/** Without the broker, the screens on this instance still hear about their changes. */
class LiveUpdatesTest {

    private final AtomicInteger refreshes = new AtomicInteger();
    private final Div screen = new Div();

    @BeforeEach
    void openScreen() {
        MockVaadin.setup();
        UI.getCurrent().add(screen);
    }

    @AfterEach
    void closeScreen() {
        MockVaadin.tearDown();
    }

    @Test
    void while_the_broker_is_down_the_open_screens_here_still_refresh_once() {
        LiveUpdates liveUpdates = new LiveUpdates(topic -> {
            throw new UncategorizedJmsException("broker down");
        });
        liveUpdates.subscribe(screen, "FD-2026-000001", refreshes::incrementAndGet);

        liveUpdates.publishAfterCommit("FD-2026-000001");
        MockVaadin.clientRoundtrip(false);

        assertThat(refreshes).hasValue(1);
    }

    @Test
    void with_the_broker_up_the_screens_here_wait_for_the_topic_to_come_back() {
        LiveUpdates liveUpdates = new LiveUpdates(topic -> { });
        liveUpdates.subscribe(screen, "FD-2026-000002", refreshes::incrementAndGet);

        liveUpdates.publishAfterCommit("FD-2026-000002");
        MockVaadin.clientRoundtrip(false);
        assertThat(refreshes).hasValue(0);

        liveUpdates.refreshHere("FD-2026-000002");
        MockVaadin.clientRoundtrip(false);
        assertThat(refreshes).hasValue(1);
    }
}
