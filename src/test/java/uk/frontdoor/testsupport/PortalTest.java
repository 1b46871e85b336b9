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
 * OpenID Connect provider on a random port. Every test class extending this shares one running context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PortalTest {

    private static final Path DATA = freshDataDirectory();

    @DynamicPropertySource
    static void embeddedData(DynamicPropertyRegistry registry) {
        registry.add("frontdoor.data-directory", DATA::toString);
        registry.add("frontdoor.notifications.email-uri", TestMailServer::uri);
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
