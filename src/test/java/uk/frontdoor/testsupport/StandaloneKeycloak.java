package uk.frontdoor.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak from its own distribution (org.keycloak:keycloak-quarkus-dist, unpacked by Maven before the *IT tests), in
 * a process of its own, in development mode on a loopback port, with docker-compose.yml's realm file imported. Only
 * the portal's address in the realm's {@code frontdoor} client changes: the file names the compose port 8080, and a
 * test's portal runs on a free port. Its output goes to {@code keycloak.log} in the distribution's folder.
 */
public final class StandaloneKeycloak implements AutoCloseable {

    public static final String REALM_FILE = "docker/keycloak/frontdoor-realm.json";
    public static final String ADMIN = "admin";
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private final Process process;
    private final Path log;
    private final int port;

    private StandaloneKeycloak(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The unpacked distribution: failsafe passes its folder; fails, never skips, when it is missing. */
    private static Path home() {
        String home = System.getProperty("frontdoor.keycloak-home", "target/keycloak/keycloak-26.7.3");
        if (!Files.isExecutable(Path.of(home, "bin", "kc.sh"))) {
            fail("No Keycloak distribution at " + home + ": run this test through `mvn verify`, whose "
                    + "pre-integration-test phase unpacks org.keycloak:keycloak-quarkus-dist there.");
        }
        return Path.of(home).toAbsolutePath();
    }

    /** Starts Keycloak with the realm for a portal at {@code portalPort}; {@link #awaitReady} waits for it. */
    public static StandaloneKeycloak launch(int portalPort) {
        Path home = home();
        try {
            // A fresh development database each time, so the realm file is imported, never an earlier run's realm.
            deleteTree(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(imports.resolve("frontdoor-realm.json"), realmFor(portalPort));
            int port = FreePort.any();
            Path log = home.resolve("keycloak.log");
            // The JDK running the tests (21 or newer), as Keycloak needs.
            Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--http-management-port=" + FreePort.any()))
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", java.getParent().getParent().toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN);
            return new StandaloneKeycloak(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compose realm file with the frontdoor client's redirect and sign-out addresses on the portal's port. */
    static String realmFor(int portalPort) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode realm = (ObjectNode) json.readTree(Files.readString(Path.of(REALM_FILE)));
        String portal = "http://localhost:" + portalPort;
        for (var client : realm.get("clients")) {
            if ("frontdoor".equals(client.get("clientId").asString())) {
                ArrayNode redirects = ((ObjectNode) client).putArray("redirectUris");
                redirects.add(portal + "/login/oauth2/code/frontdoor");
                ((ObjectNode) client.get("attributes")).put("post.logout.redirect.uris", portal + "/");
            }
        }
        return json.writeValueAsString(realm);
    }

    /** Waits until the realm answers discovery; fails if Keycloak stops or is not ready in time. */
    public StandaloneKeycloak awaitReady() {
        Answering.await("Keycloak", process, URI.create(issuer() + "/.well-known/openid-configuration"), START_LIMIT,
                this::log, this::close);
        return this;
    }

    public String issuer() {
        return realm("frontdoor");
    }

    public String realm(String name) {
        return "http://localhost:" + port + "/realms/" + name;
    }

    public String tokenEndpoint(String realm) {
        return realm(realm) + "/protocol/openid-connect/token";
    }

    /**
     * docker-compose.yml's portal settings with every Keycloak address on this one: the browser and the portal both
     * reach it at localhost here, so the issuer is the same for both.
     */
    public Map<String, String> portalEnvironment() {
        String endpoints = issuer() + "/protocol/openid-connect";
        return Map.ofEntries(
                Map.entry("FRONTDOOR_IDP_ENABLED", "false"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_FRONTDOOR_PROVIDER", "frontdoor"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_FRONTDOOR_CLIENT_ID", "frontdoor"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_FRONTDOOR_CLIENT_SECRET", "frontdoor-portal-secret"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_FRONTDOOR_CLIENT_AUTHENTICATION_METHOD", "client_secret_basic"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_FRONTDOOR_AUTHORIZATION_GRANT_TYPE", "authorization_code"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_FRONTDOOR_SCOPE", "openid,profile,email"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_FRONTDOOR_REDIRECT_URI", "{baseUrl}/login/oauth2/code/{registrationId}"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FRONTDOOR_AUTHORIZATION_URI", endpoints + "/auth"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FRONTDOOR_TOKEN_URI", endpoints + "/token"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FRONTDOOR_JWK_SET_URI", endpoints + "/certs"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FRONTDOOR_USER_INFO_URI", endpoints + "/userinfo"),
                Map.entry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FRONTDOOR_USER_NAME_ATTRIBUTE", "sub"),
                Map.entry("FRONTDOOR_OIDC_ISSUER", issuer()),
                Map.entry("FRONTDOOR_OIDC_END_SESSION_URI", endpoints + "/logout"),
                Map.entry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", endpoints + "/certs"),
                Map.entry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer()));
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** SIGTERM to Keycloak and anything it started; forced after 30 s. */
    @Override
    public void close() {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle each : all) {
            try {
                each.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception notYet) {
                each.destroyForcibly();
            }
        }
    }
}
