package uk.frontdoor.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A council's external PostgreSQL, without Docker: zonky's server binaries (the portal's own dependency) started as
 * a server process of their own, in a fresh data directory on a TCP port, with the database and account
 * docker-compose.yml creates.
 */
public final class StandalonePostgres implements AutoCloseable {

    public static final String USER = "frontdoor";
    public static final String PASSWORD = "frontdoor-db";

    private final EmbeddedPostgres server;

    private StandalonePostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static StandalonePostgres start(Path dataDirectory) {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setPort(FreePort.any())
                    .setServerConfig("max_connections", "200")
                    .start();
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
                sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                sql.execute("CREATE DATABASE frontdoor OWNER " + USER);
            }
            return new StandalonePostgres(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/frontdoor";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /** What the README tells a council to set for an external PostgreSQL. */
    public Map<String, String> portalEnvironment() {
        return Map.of("SPRING_DATASOURCE_URL", jdbcUrl(), "SPRING_DATASOURCE_USERNAME", USER,
                "SPRING_DATASOURCE_PASSWORD", PASSWORD);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
