package uk.frontdoor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** On a shared phone a forgotten session must end: Vaadin's heartbeats must not keep it alive. */
class IdleSessionTest extends UiTest {

    @Test
    void heartbeats_do_not_keep_an_idle_session_open() {
        signInAs(DemoUser.TEACHER);
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
