package uk.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import uk.frontdoor.Application;
import uk.frontdoor.testsupport.PortalTest;

/** The demo month follows demo mode, can be turned off in it, and is refused without it. */
class DemoMonthSwitchTest {

    private static final String KEY = "k".repeat(DemoMode.SECRET_MIN);

    @Test
    void without_demo_mode_the_month_is_refused_in_a_line_of_its_own() {
        MockEnvironment settings = new MockEnvironment().withProperty(DemoMonth.SWITCH, "true")
                .withProperty("frontdoor.inspection.child-id-key", KEY);
        assertThat(DemoMode.refusals(settings)).singleElement().asString()
                .contains("FRONTDOOR_DEMO_MONTH").contains("FRONTDOOR_DEMO=true");
        assertThat(DemoMonth.on(settings)).isFalse();
    }

    @Test
    void a_council_portal_asked_for_the_month_refuses_to_start_and_says_why() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run(
                "--frontdoor.data-directory=" + PortalTest.freshDataDirectory(), "--server.port=0",
                "--frontdoor.demo.month=true", "--frontdoor.inspection.child-id-key=" + KEY).close())
                .hasStackTraceContaining("The portal will not start with these settings")
                .hasStackTraceContaining("FRONTDOOR_DEMO_MONTH");
    }

    @Test
    void unset_it_follows_demo_mode_and_false_turns_it_off() {
        MockEnvironment production = new MockEnvironment().withProperty("frontdoor.inspection.child-id-key", KEY);
        assertThat(DemoMonth.on(production)).isFalse();
        assertThat(DemoMode.refusals(production)).isEmpty();

        MockEnvironment demo = new MockEnvironment().withProperty(DemoMode.SWITCH, "true")
                .withProperty("frontdoor.public-url", "http://localhost:8080")
                .withProperty("frontdoor.inspection.child-id-key", DemoMode.DEMO_CHILD_ID_KEY);
        assertThat(DemoMonth.on(demo)).isTrue();
        demo.setProperty(DemoMonth.SWITCH, "false");
        assertThat(DemoMonth.on(demo)).isFalse();
        assertThat(DemoMode.refusals(demo)).isEmpty();
    }
}
