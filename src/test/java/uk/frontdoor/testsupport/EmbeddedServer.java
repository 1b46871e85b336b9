package uk.frontdoor.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** The embedded servers of a packaged portal, seen from outside its process: its PostgreSQL and its Artemis queues. */
public final class EmbeddedServer {

    private EmbeddedServer() {
    }

    private static List<String> pidFile(Path workingDirectory) {
        Path pidFile = workingDirectory.resolve("data/postgres/postmaster.pid");
        try {
            return Files.readAllLines(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("No running embedded PostgreSQL: " + pidFile, e);
        }
    }

    public static ProcessHandle postmaster(Path workingDirectory) {
        long pid = Long.parseLong(pidFile(workingDirectory).getFirst().strip());
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("PostgreSQL pid " + pid + " is not running"));
    }

    /** A connection to the portal's embedded PostgreSQL, at the port its pid file names (trust, on localhost). */
    public static Connection database(Path workingDirectory) throws SQLException {
        String port = pidFile(workingDirectory).get(3).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }

    /** Messages on an embedded Artemis queue, read over JMX from the portal's JVM (attached by its pid). */
    public static long queueDepth(long jvmPid, String queue) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(jvmPid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection beans = connector.getMBeanServerConnection();
            Set<ObjectName> names = beans.queryNames(new ObjectName(
                    "org.apache.activemq.artemis:component=addresses,subcomponent=queues,queue=\"" + queue + "\",*"), null);
            if (names.isEmpty()) {
                fail("No Artemis queue " + queue + " among the portal's MBeans");
            }
            long depth = 0;
            for (ObjectName name : names) {
                depth += ((Number) beans.getAttribute(name, "MessageCount")).longValue();
            }
            return depth;
        }
    }
}
