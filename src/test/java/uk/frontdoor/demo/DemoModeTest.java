package uk.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo mode is one switch; without it no demo part or short secret is allowed, and with it no public address. */
class DemoModeTest {

    private static final String KEY = "k".repeat(DemoMode.SECRET_MIN);

    @Test
    void without_demo_mode_each_demo_part_is_refused_in_a_line_of_its_own() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("frontdoor.idp.enabled", "true")
                .withProperty("spring.flyway.locations", "classpath:db/migration,classpath:db/demo")
                .withProperty("frontdoor.inspection.child-id-key", DemoMode.DEMO_CHILD_ID_KEY);
        assertThat(DemoMode.refusals(settings)).hasSize(3)
                .anyMatch(line -> line.contains("FRONTDOOR_IDP_ENABLED"))
                .anyMatch(line -> line.contains("db/demo"))
                .anyMatch(line -> line.contains("FRONTDOOR_CHILD_ID_KEY is not set"));
    }

    @Test
    void a_council_setting_its_own_provider_and_key_starts() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("frontdoor.idp.enabled", "false")
                .withProperty("spring.flyway.locations", "classpath:db/migration")
                .withProperty("frontdoor.inspection.child-id-key", KEY)
                .withProperty("frontdoor.notifications.notify.callback-token", KEY);
        assertThat(DemoMode.refusals(settings)).isEmpty();
    }

    @Test
    void short_secrets_are_refused_in_demo_mode_too() {
        MockEnvironment settings = new MockEnvironment().withProperty(DemoMode.SWITCH, "true")
                .withProperty("frontdoor.public-url", "http://localhost:8080")
                .withProperty("frontdoor.inspection.child-id-key", "short")
                .withProperty("frontdoor.notifications.notify.callback-token", "also-short");
        assertThat(DemoMode.refusals(settings)).containsExactly(
                "FRONTDOOR_CHILD_ID_KEY is shorter than 32 characters",
                "FRONTDOOR_NOTIFY_CALLBACK_TOKEN is shorter than 32 characters");
    }

    @Test
    void demo_mode_with_its_demo_parts_runs_on_localhost_but_a_public_address_must_be_confirmed() {
        MockEnvironment local = new MockEnvironment().withProperty(DemoMode.SWITCH, "true")
                .withProperty("frontdoor.idp.enabled", "true")
                .withProperty("frontdoor.public-url", "http://localhost:8080")
                .withProperty("frontdoor.inspection.child-id-key", DemoMode.DEMO_CHILD_ID_KEY);
        assertThat(DemoMode.refusals(local)).isEmpty();

        local.setProperty("frontdoor.public-url", "https://frontdoor.stoke.example");
        assertThat(DemoMode.refusals(local)).singleElement().asString()
                .contains("frontdoor.stoke.example").contains("FRONTDOOR_DEMO_AT_PUBLIC_URL=true");

        local.setProperty(DemoMode.AT_PUBLIC_URL, "true");
        assertThat(DemoMode.refusals(local)).isEmpty();
    }
}
