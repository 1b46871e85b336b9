package uk.frontdoor.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManagerImpl;

/**
 * A council's external Artemis broker, without Docker: its own process (the test's JVM and classpath, so the same
 * artemis-jakarta-server the portal embeds), persistent in its own data directory, on a TCP port, with the account
 * docker-compose.yml gives the portal. Its output goes to {@code broker.log} in that directory.
 */
public final class StandaloneBroker implements AutoCloseable {

    public static final String USER = "frontdoor";
    public static final String PASSWORD = "frontdoor-broker";
    private static final String READY = "Standalone broker ready";

    private final Process process;
    private final Path log;
    private final int port;

    private StandaloneBroker(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static StandaloneBroker start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            int port = FreePort.any();
            Path log = dataDirectory.resolve("broker.log");
            Process process = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                    System.getProperty("java.class.path"), StandaloneBroker.class.getName(), Integer.toString(port),
                    dataDirectory.toAbsolutePath().toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            StandaloneBroker broker = new StandaloneBroker(process, log, port);
            broker.awaitReady();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() throws IOException {
        // Its own line once the acceptor listens: a port that answers could still be refusing sessions.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.readString(log).contains(READY)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                fail("The standalone broker did not start:\n" + Files.readString(log));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the README tells a council to set for an external broker. */
    public Map<String, String> portalEnvironment() {
        return Map.of("FRONTDOOR_BROKER_MODE", "native", "SPRING_ARTEMIS_BROKER_URL", "tcp://localhost:" + port,
                "SPRING_ARTEMIS_USER", USER, "SPRING_ARTEMIS_PASSWORD", PASSWORD);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The broker process: {@code port dataDirectory}. */
    public static void main(String[] args) throws Exception {
        // As the portal's BrokerTuning: Netty on JDK 24+ cannot otherwise free the journal's direct buffers.
        System.setProperty("io.netty.noUnsafe", "false");
        // As the portal's logging settings: Artemis's per-operation audit would fill the log.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.activemq.audit"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path data = Path.of(args[1]);
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(true);
        configuration.setJournalDirectory(data.resolve("journal").toString());
        configuration.setBindingsDirectory(data.resolve("bindings").toString());
        configuration.setLargeMessagesDirectory(data.resolve("large-messages").toString());
        configuration.setPagingDirectory(data.resolve("paging").toString());
        configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + args[0]);
        configuration.setSecurityEnabled(true);
        // As an Artemis distribution's broker.xml: failures end on a dead-letter address, queues are made on first use.
        configuration.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("dead-letters"))
                .setExpiryAddress(SimpleString.of("dead-letters"))
                .setRedeliveryDelay(1_000)
                .setMaxDeliveryAttempts(20)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true));
        configuration.putSecurityRoles("#", Set.of(new Role("amq", true, true, true, true, true, true, true, true, true,
                true)));
        ActiveMQSecurityManagerImpl security = new ActiveMQSecurityManagerImpl();
        security.getConfiguration().addUser(USER, PASSWORD);
        security.getConfiguration().addRole(USER, "amq");
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration).setSecurityManager(security);
        broker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        System.out.println(READY + " on port " + args[0]);
        Thread.currentThread().join();
    }
}
