package uk.frontdoor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole portal on its embedded defaults: real PostgreSQL, real Artemis, the YAML routes, the built-in
 * OpenID Connect provider on a random port. Every test class extending this shares one running context. Emails go
 * to a real SMTP server; text messages go through GOV.UK Notify's client to a stand-in Notify on loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PortalTest {

    private static final Path DATA = freshDataDirectory();
    /** The bearer token the stand-in Notify would send with its delivery receipts. */
    protected static final String NOTIFY_CALLBACK_TOKEN = "notify-callback-token-for-the-tests-only";

    @DynamicPropertySource
    static void embeddedData(DynamicPropertyRegistry registry) {
        registry.add("frontdoor.data-directory", DATA::toString);
        registry.add("frontdoor.demo", () -> "true");
        registry.add("frontdoor.notifications.email-uri", TestMailServer::uri);
        registry.add("frontdoor.notifications.notify.api-key", () -> StandInNotify.API_KEY);
        registry.add("frontdoor.notifications.notify.sms-template", () -> StandInNotify.SMS_TEMPLATE);
        registry.add("frontdoor.notifications.notify.base-url", () -> StandInNotify.shared().url());
        registry.add("frontdoor.notifications.notify.callback-token", () -> NOTIFY_CALLBACK_TOKEN);
        registry.add("frontdoor.management.health-token", () -> Actuator.HEALTH_TOKEN);
        // Outside systems that go down in a test are tried again within a fraction of a second.
        registry.add("frontdoor.outbound.retry.first-gap", () -> "100");
        registry.add("frontdoor.outbound.retry.longest-gap", () -> "400");
    }

    public static Path freshDataDirectory() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "test-data-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
