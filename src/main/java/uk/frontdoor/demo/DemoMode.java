package uk.frontdoor.demo;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo mode is one switch, {@code FRONTDOOR_DEMO=true}: the built-in sign-in with its demo people and API clients,
 * the demo organisations and placements, the demo month of made-up work, and the published demo keys, all together. Without it the portal refuses
 * to start while any of them, or any secret too short to be one, is configured, saying which in a line each; with
 * it, the portal refuses a public address unless told a second time.
 */
@Configuration(proxyBeanMethods = false)
public class DemoMode {

    public static final String SWITCH = "frontdoor.demo";
    static final String AT_PUBLIC_URL = "frontdoor.demo-at-public-url";
    /** The Annex A key in application.yaml when none is set: published, so only for a demo. */
    static final String DEMO_CHILD_ID_KEY = "demo-only-set-your-own-key-in-production";
    static final int SECRET_MIN = 32;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    /** Runs before any other bean is made, so a refused start touches no database and opens no port. */
    @Bean
    static BeanFactoryPostProcessor refuseUnsafeSettings(Environment environment) {
        return beans -> {
            List<String> refusals = refusals(environment);
            if (!refusals.isEmpty()) {
                throw new UnsafeSettings(refusals);
            }
        };
    }

    /** The demo organisations, employers and placements: only in demo mode. */
    @Bean
    @ConditionalOnProperty(name = SWITCH, havingValue = "true")
    FlywayConfigurationCustomizer demoData() {
        return flyway -> {
            List<org.flywaydb.core.api.Location> locations = new ArrayList<>(List.of(flyway.getLocations()));
            locations.add(new org.flywaydb.core.api.Location("classpath:db/demo"));
            flyway.locations(locations.toArray(org.flywaydb.core.api.Location[]::new));
        };
    }

    /** Each setting that must not be as it is, in one line each; empty when the portal may start. */
    static List<String> refusals(Environment environment) {
        List<String> refusals = new ArrayList<>();
        boolean demo = environment.getProperty(SWITCH, Boolean.class, false);
        String childIdKey = environment.getProperty("frontdoor.inspection.child-id-key", "");
        String callbackToken = environment.getProperty("frontdoor.notifications.notify.callback-token", "");
        if (demo) {
            String host = host(environment.getProperty("frontdoor.public-url", ""));
            if (!LOCAL_HOSTS.contains(host) && !environment.getProperty(AT_PUBLIC_URL, Boolean.class, false)) {
                refusals.add("Demo mode (FRONTDOOR_DEMO) at the public address " + host + " lets anyone sign in as a demo "
                        + "person: set FRONTDOOR_DEMO_AT_PUBLIC_URL=true as well if that is really meant");
            }
        } else {
            if (environment.getProperty("frontdoor.idp.enabled", Boolean.class, false)) {
                refusals.add("The built-in sign-in, with demo people and API clients whose secrets are published, is on "
                        + "(FRONTDOOR_IDP_ENABLED): sign in through the council's provider, or set FRONTDOOR_DEMO=true");
            }
            if (environment.getProperty("spring.flyway.locations", "").contains("db/demo")) {
                refusals.add("The demo organisations and placements would be loaded (spring.flyway.locations names "
                        + "db/demo): leave it out, or set FRONTDOOR_DEMO=true");
            }
            if (DemoMonth.requested(environment)) {
                refusals.add("The demo month of made-up contacts would be generated (FRONTDOOR_DEMO_MONTH): leave it "
                        + "unset or false, or set FRONTDOOR_DEMO=true");
            }
            if (childIdKey.equals(DEMO_CHILD_ID_KEY)) {
                refusals.add("FRONTDOOR_CHILD_ID_KEY is not set, so the published demo key would make Annex A's Child "
                        + "Unique IDs reversible: set a secret of at least " + SECRET_MIN + " characters");
            }
        }
        if (!childIdKey.equals(DEMO_CHILD_ID_KEY) && childIdKey.length() < SECRET_MIN) {
            refusals.add("FRONTDOOR_CHILD_ID_KEY is shorter than " + SECRET_MIN + " characters");
        }
        if (!callbackToken.isEmpty() && callbackToken.length() < SECRET_MIN) {
            refusals.add("FRONTDOOR_NOTIFY_CALLBACK_TOKEN is shorter than " + SECRET_MIN + " characters");
        }
        String healthToken = environment.getProperty("frontdoor.management.health-token", "");
        if (!healthToken.isEmpty() && healthToken.length() < SECRET_MIN) {
            refusals.add("FRONTDOOR_HEALTH_TOKEN is shorter than " + SECRET_MIN + " characters");
        }
        return refusals;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException notAUrl) {
            return url;
        }
    }

    /** Why the portal will not start, one line a setting. */
    static final class UnsafeSettings extends IllegalStateException {

        UnsafeSettings(List<String> refusals) {
            super("The portal will not start with these settings:\n  - " + String.join("\n  - ", refusals));
        }
    }
}
