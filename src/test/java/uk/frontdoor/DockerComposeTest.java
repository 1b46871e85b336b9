package uk.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;

/**
 * docker-compose.yml, the Keycloak realm it imports, the portal's Dockerfile and the portal's own configuration
 * name the same hosts, ports, credentials, realm, clients, roles and organisations. Plain parsing, no Spring.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path REALM = Path.of("docker", "keycloak", "frontdoor-realm.json");
    private static final Path DOCKERFILE = Path.of("docker", "portal", "Dockerfile");
    private static final Path POM = Path.of("pom.xml");
    private static final Path APPLICATION = Path.of("src", "main", "resources", "application.yaml");
    private static final Path DEMO_ORGANISATIONS = Path.of("src", "main", "resources", "db", "demo");

    /** The registration id the portal signs in with (BuiltInClients.PORTAL, package-private). */
    private static final String REGISTRATION_ID = "frontdoor";
    private static final String REGISTRATION = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_FRONTDOOR_";
    private static final String PROVIDER = "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FRONTDOOR_";
    private static final String RESOURCE_SERVER = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_";

    /** The FRONTDOOR_* variables the portal reads (README: Configuration). */
    private static final Set<String> FRONTDOOR_VARIABLES = Set.of("FRONTDOOR_BROKER_MODE", "FRONTDOOR_IDP_ENABLED",
            "FRONTDOOR_DATA_DIRECTORY", "FRONTDOOR_IDLE_TIMEOUT", "FRONTDOOR_DEMO",
            "FRONTDOOR_CHILD_ID_KEY", "FRONTDOOR_OIDC_ISSUER", "FRONTDOOR_OIDC_END_SESSION_URI");

    private static final String POSTGRES = "postgres";
    private static final String ARTEMIS = "artemis";
    private static final String KEYCLOAK = "keycloak";
    private static final String PORTAL = "portal";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, Object> compose;
    private static JsonNode realm;
    private static Map<String, Object> application;

    @BeforeAll
    static void readFiles() throws IOException {
        compose = new Yaml().load(Files.readString(COMPOSE));
        application = new Yaml().load(Files.readString(APPLICATION));
        realm = JSON.readTree(REALM);
    }

    // --- services ---------------------------------------------------------------------------------------------

    @Test
    void compose_defines_the_four_services() {
        assertThat(services()).containsKeys(POSTGRES, ARTEMIS, KEYCLOAK, PORTAL);
    }

    @Test
    void services_run_the_official_images() {
        assertThat(image(POSTGRES)).startsWith("postgres:17");
        assertThat(image(ARTEMIS)).startsWith("apache/artemis");
        assertThat(image(KEYCLOAK)).startsWith("quay.io/keycloak/keycloak");
        assertThat(service(PORTAL)).containsKey("build");
    }

    // --- PostgreSQL -------------------------------------------------------------------------------------------

    @Test
    void portal_reaches_postgres_by_its_service_name() {
        URI url = jdbcUrl();
        assertThat(url.getScheme()).isEqualTo("postgresql");
        assertThat(url.getHost()).as("database host").isEqualTo(POSTGRES);
        assertThat(url.getPort()).as("database port").isEqualTo(postgresPort());
    }

    @Test
    void portal_uses_the_database_and_account_postgres_creates() {
        Map<String, String> postgres = environment(POSTGRES);
        Map<String, String> portal = environment(PORTAL);
        assertThat(jdbcUrl().getPath()).as("database name").isEqualTo("/" + postgres.get("POSTGRES_DB"));
        assertThat(portal.get("SPRING_DATASOURCE_USERNAME")).isNotBlank().isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(portal.get("SPRING_DATASOURCE_PASSWORD")).isNotBlank().isEqualTo(postgres.get("POSTGRES_PASSWORD"));
    }

    // --- Artemis ----------------------------------------------------------------------------------------------

    @Test
    void portal_reaches_artemis_by_its_service_name() {
        Map<String, String> portal = environment(PORTAL);
        assertThat(portal.get("FRONTDOOR_BROKER_MODE")).as("external broker").isEqualTo("native");
        URI url = URI.create(portal.get("SPRING_ARTEMIS_BROKER_URL"));
        assertThat(url.getScheme()).isEqualTo("tcp");
        assertThat(url.getHost()).as("broker host").isEqualTo(ARTEMIS);
        assertThat(url.getPort()).as("broker port").isEqualTo(artemisPort());
    }

    @Test
    void portal_signs_in_to_artemis_with_the_brokers_credentials() {
        Map<String, String> artemis = environment(ARTEMIS);
        Map<String, String> portal = environment(PORTAL);
        assertThat(artemis.get("ANONYMOUS_LOGIN")).isEqualToIgnoringCase("false");
        assertThat(portal.get("SPRING_ARTEMIS_USER")).isNotBlank().isEqualTo(artemis.get("ARTEMIS_USER"));
        assertThat(portal.get("SPRING_ARTEMIS_PASSWORD")).isNotBlank().isEqualTo(artemis.get("ARTEMIS_PASSWORD"));
    }

    // --- OpenID Connect addresses -----------------------------------------------------------------------------

    @Test
    void every_oidc_address_names_the_realm_in_the_realm_file() {
        Map<String, String> addresses = oidcAddresses();
        assertThat(addresses).containsKeys(PROVIDER + "AUTHORIZATION_URI", PROVIDER + "TOKEN_URI",
                PROVIDER + "JWK_SET_URI", PROVIDER + "USER_INFO_URI", RESOURCE_SERVER + "JWK_SET_URI",
                RESOURCE_SERVER + "ISSUER_URI");
        addresses.forEach((name, address) -> assertThat(URI.create(address).getPath())
                .as(name)
                .matches("/realms/" + Pattern.quote(realmName()) + "(/.*)?"));
    }

    @Test
    void server_side_oidc_addresses_use_the_keycloak_service_name_and_container_port() {
        Map<String, String> portal = environment(PORTAL);
        Map<String, String> expected = Map.of(
                PROVIDER + "TOKEN_URI", "/protocol/openid-connect/token",
                PROVIDER + "JWK_SET_URI", "/protocol/openid-connect/certs",
                PROVIDER + "USER_INFO_URI", "/protocol/openid-connect/userinfo",
                RESOURCE_SERVER + "JWK_SET_URI", "/protocol/openid-connect/certs");
        expected.forEach((name, endpoint) -> {
            URI address = URI.create(portal.get(name));
            assertThat(address.getHost()).as(name).isEqualTo(KEYCLOAK);
            assertThat(address.getPort()).as(name).isEqualTo(keycloakContainerPort());
            assertThat(address.getPath()).as(name).isEqualTo("/realms/" + realmName() + endpoint);
        });
    }

    @Test
    void browser_oidc_address_uses_the_port_keycloak_publishes() {
        URI authorization = URI.create(environment(PORTAL).get(PROVIDER + "AUTHORIZATION_URI"));
        assertThat(authorization.getHost()).isEqualTo("localhost");
        assertThat(authorization.getPort()).isEqualTo(keycloakPublishedPort());
        assertThat(authorization.getPath())
                .isEqualTo("/realms/" + realmName() + "/protocol/openid-connect/auth");
        assertThat(environment(KEYCLOAK).get("KC_HOSTNAME"))
                .as("Keycloak's own idea of the browser address")
                .isEqualTo(authorization.getScheme() + "://localhost:" + keycloakPublishedPort());
    }

    @Test
    void portal_checks_the_issuer_keycloak_writes_in_tokens_without_discovery() {
        Map<String, String> keycloak = environment(KEYCLOAK);
        Map<String, String> portal = environment(PORTAL);
        String issuer = keycloak.get("KC_HOSTNAME") + "/realms/" + realmName();
        assertThat(keycloak.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC")).isEqualToIgnoringCase("true");
        assertThat(portal.get(RESOURCE_SERVER + "ISSUER_URI")).isEqualTo(issuer);
        assertThat(portal.get("FRONTDOOR_OIDC_ISSUER")).as("ID tokens are checked against it").isEqualTo(issuer);
        assertThat(portal.get("FRONTDOOR_OIDC_END_SESSION_URI"))
                .isEqualTo(issuer + "/protocol/openid-connect/logout");
        assertThat(portal)
                .as("Spring Boot runs issuer discovery at start-up when a client provider has an issuer-uri, and "
                        + "inside the portal container localhost:" + keycloakPublishedPort() + " is not Keycloak")
                .doesNotContainKey(PROVIDER + "ISSUER_URI");
    }

    // --- the portal's client ----------------------------------------------------------------------------------

    @Test
    void portal_client_id_and_secret_match_the_realm_client() {
        Map<String, String> portal = environment(PORTAL);
        JsonNode client = client(portal.get(REGISTRATION + "CLIENT_ID"));
        assertThat(client.path("enabled").asBoolean(true)).isTrue();
        assertThat(client.path("secret").asString()).isNotBlank().isEqualTo(portal.get(REGISTRATION + "CLIENT_SECRET"));
        assertThat(portal.getOrDefault(REGISTRATION + "PROVIDER", REGISTRATION_ID)).isEqualTo(REGISTRATION_ID);
    }

    @Test
    void portal_client_is_confidential_standard_flow_with_pkce() {
        Map<String, String> portal = environment(PORTAL);
        JsonNode client = client(portal.get(REGISTRATION + "CLIENT_ID"));
        assertThat(client.path("publicClient").asBoolean()).as("confidential").isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean(true)).isTrue();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(client.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(portal.get(REGISTRATION + "AUTHORIZATION_GRANT_TYPE")).isEqualTo("authorization_code");
        assertThat(Arrays.asList(portal.get(REGISTRATION + "SCOPE").split(",")))
                .containsExactlyInAnyOrder("openid", "profile", "email");
    }

    @Test
    void portal_client_redirects_back_to_the_port_the_portal_publishes() {
        Map<String, String> portal = environment(PORTAL);
        JsonNode client = client(portal.get(REGISTRATION + "CLIENT_ID"));
        String baseUrl = "http://localhost:" + portalPublishedPort();
        String redirect = portal.get(REGISTRATION + "REDIRECT_URI")
                .replace("{baseUrl}", baseUrl)
                .replace("{registrationId}", REGISTRATION_ID);
        assertThat(strings(client.path("redirectUris"))).containsExactly(redirect);
        assertThat(redirect).isEqualTo(baseUrl + "/login/oauth2/code/" + REGISTRATION_ID);
        assertThat(client.path("attributes").path("post.logout.redirect.uris").asString()).isEqualTo(baseUrl + "/");
    }

    // --- token claims -----------------------------------------------------------------------------------------

    @Test
    void tokens_carry_the_roles_and_organisation_claims_the_portal_reads() {
        JsonNode client = client(environment(PORTAL).get(REGISTRATION + "CLIENT_ID"));

        Map<String, String> roles = mapperConfig(client, "oidc-usermodel-realm-role-mapper");
        assertThat(roles.get("claim.name")).isEqualTo(CurrentUser.ROLES_CLAIM);
        assertThat(roles.get("multivalued")).isEqualTo("true");
        assertThat(roles.get("jsonType.label")).isEqualTo("String");
        assertThat(roles.getOrDefault("usermodel.realmRoleMapping.rolePrefix", "")).as("role prefix").isEmpty();
        assertInEveryToken(roles);

        Map<String, String> organisation = mapperConfig(client, "oidc-usermodel-attribute-mapper");
        assertThat(organisation.get("user.attribute")).isEqualTo(CurrentUser.ORGANISATION_CLAIM);
        assertThat(organisation.get("claim.name")).isEqualTo(CurrentUser.ORGANISATION_CLAIM);
        assertThat(organisation.get("jsonType.label")).isEqualTo("String");
        assertThat(organisation.getOrDefault("multivalued", "false")).isEqualTo("false");
        assertInEveryToken(organisation);
    }

    @Test
    void the_portals_sign_in_carries_subject_name_and_email_from_the_realms_own_scopes() {
        JsonNode client = client(environment(PORTAL).get(REGISTRATION + "CLIENT_ID"));
        // A realm file that declares client scopes gets none of Keycloak's built-in ones: it declares what it uses.
        assertThat(claimsFromScopes(realm, client)).contains("sub", "name", "email");
        assertThat(strings(realm.path("defaultDefaultClientScopes"))).as("scopes of a client added later")
                .contains("basic", "profile", "email");
    }

    // --- partner API clients ----------------------------------------------------------------------------------

    @Test
    void partner_clients_tokens_are_ones_the_partner_api_takes() {
        List<Map<String, Object>> apiClients = builtInProvider("api-clients");
        assertThat(apiClients).isNotEmpty();
        apiClients.forEach(apiClient -> assertPartnerTokenTaken(realm, apiClient));
    }

    @Test
    void a_partner_client_without_the_audience_or_its_scope_or_client_id_fails_the_check() {
        Map<String, Object> springfield = builtInProvider("api-clients").getFirst();
        String clientId = String.valueOf(springfield.get("client-id"));

        ObjectNode noAudience = (ObjectNode) realm.deepCopy();
        noAudience.path("clientScopes").forEach(scope -> ((ArrayNode) scope.path("protocolMappers")).removeIf(
                mapper -> type(mapper).equals("oidc-audience-mapper")));
        ObjectNode noScope = (ObjectNode) realm.deepCopy();
        ((ArrayNode) clientIn(noScope, clientId).path("defaultClientScopes")).removeAll();
        ObjectNode noClientId = (ObjectNode) realm.deepCopy();
        removeScope(clientIn(noClientId, clientId), "service_account");
        ObjectNode roles = (ObjectNode) realm.deepCopy();
        ((ArrayNode) clientIn(roles, clientId).path("protocolMappers")).add(JSON.readTree("""
                {"protocolMapper":"oidc-usermodel-realm-role-mapper","config":{"claim.name":"roles",
                 "access.token.claim":"true"}}"""));

        for (ObjectNode broken : List.of(noAudience, noScope, noClientId, roles)) {
            assertThatThrownBy(() -> assertPartnerTokenTaken(broken, springfield)).isInstanceOf(AssertionError.class);
        }
    }

    /**
     * What the portal's PartnerTokens and scope rules need of a client's service-account token, worked out from the
     * mappers of the client and of its default scopes: our audience, exactly the scopes the built-in provider gives
     * the same client, client_id, its organisation and no roles claim.
     */
    private static void assertPartnerTokenTaken(JsonNode realm, Map<String, Object> apiClient) {
        String clientId = String.valueOf(apiClient.get("client-id"));
        JsonNode client = clientIn(realm, clientId);
        List<JsonNode> mappers = accessTokenMappers(realm, client);
        assertThat(mappers.stream().filter(mapper -> type(mapper).equals("oidc-audience-mapper"))
                .map(mapper -> mapper.path("config").path("included.custom.audience").asString()))
                .as(clientId + " audience").contains(apiAudience());
        assertThat(tokenScopes(realm, client)).as(clientId + " scope claim")
                .containsExactlyInAnyOrderElementsOf(strings(apiClient.get("scopes")));
        assertThat(mappers).as(clientId + " client_id claim").anySatisfy(mapper -> {
            assertThat(claimName(mapper)).isEqualTo("client_id");
            assertThat(type(mapper)).isEqualTo("oidc-usersessionmodel-note-mapper");
            assertThat(mapper.path("config").path("user.session.note").asString()).isEqualTo("client_id");
        });
        assertThat(mappers).as(clientId + " organisation claim").anySatisfy(mapper -> {
            assertThat(claimName(mapper)).isEqualTo(CurrentUser.ORGANISATION_CLAIM);
            assertThat(mapper.path("config").path("claim.value").asString())
                    .isEqualTo(String.valueOf(apiClient.get("organisation")));
        });
        assertThat(mappers.stream().map(DockerComposeTest::claimName)).as(clientId + " roles claim")
                .doesNotContain(CurrentUser.ROLES_CLAIM);
        assertThat(client.path("fullScopeAllowed").asBoolean(true)).as(clientId + " full scope").isFalse();
        assertThat(strings(client.path("optionalClientScopes"))).as(clientId + " optional scopes").isEmpty();
    }

    // --- roles, users, organisations --------------------------------------------------------------------------

    @Test
    void realm_roles_are_exactly_the_portal_roles() {
        List<String> realmRoles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> realmRoles.add(role.path("name").asString()));
        assertThat(realmRoles).containsExactlyInAnyOrderElementsOf(roleNames());
    }

    @Test
    void every_demo_user_has_exactly_one_portal_role_and_an_organisation() {
        List<String> realmRoles = realm.path("roles").path("realm").valueStream()
                .map(role -> role.path("name").asString()).toList();
        assertThat(demoUsers()).isNotEmpty();
        for (JsonNode user : demoUsers()) {
            String username = user.path("username").asString();
            assertThat(strings(user.path("realmRoles"))).as(username).hasSize(1)
                    .isSubsetOf(roleNames())
                    .isSubsetOf(realmRoles);
            assertThat(user.has("clientRoles") || user.has("groups")).as(username + " has other roles").isFalse();
            assertThat(strings(user.path("attributes").path(CurrentUser.ORGANISATION_CLAIM)))
                    .as(username).singleElement(InstanceOfAssertFactories.STRING).isNotBlank();
            assertThat(user.path("firstName").asString()).as(username).isNotBlank();
            assertThat(user.path("lastName").asString()).as(username).isNotBlank();
            assertThat(user.path("email").asString()).as(username).matches("[^@\\s]+@([a-z0-9-]+\\.)*example");
        }
    }

    @Test
    void demo_users_are_the_built_in_providers_accounts() {
        Map<String, String> keycloak = new TreeMap<>();
        for (JsonNode user : demoUsers()) {
            String password = user.path("credentials").valueStream()
                    .filter(credential -> credential.path("type").asString().equals("password"))
                    .map(credential -> credential.path("value").asString())
                    .findFirst().orElse(null);
            keycloak.put(user.path("username").asString(), password + " " + strings(user.path("realmRoles")) + " "
                    + strings(user.path("attributes").path(CurrentUser.ORGANISATION_CLAIM)).getFirst());
        }
        Map<String, String> builtIn = new TreeMap<>();
        for (Map<String, Object> account : builtInProvider("accounts")) {
            builtIn.put(String.valueOf(account.get("username")),
                    account.get("password") + " " + account.get("roles") + " " + account.get("organisation"));
        }
        assertThat(keycloak).as("username -> password [roles] organisation").isEqualTo(builtIn);
    }

    @Test
    void demo_organisations_exist_in_the_demo_migration() throws IOException {
        StringBuilder demoData = new StringBuilder();
        try (var migrations = Files.list(DEMO_ORGANISATIONS)) {
            for (Path migration : migrations.sorted().toList()) {
                demoData.append(Files.readString(migration));
            }
        }
        Set<String> organisations = new LinkedHashSet<>();
        demoUsers().forEach(user -> organisations.add(
                strings(user.path("attributes").path(CurrentUser.ORGANISATION_CLAIM)).getFirst()));
        realm.path("clients").forEach(client -> client.path("protocolMappers").forEach(mapper -> {
            if (mapper.path("protocolMapper").asString().equals("oidc-hardcoded-claim-mapper")
                    && mapper.path("config").path("claim.name").asString().equals(CurrentUser.ORGANISATION_CLAIM)) {
                organisations.add(mapper.path("config").path("claim.value").asString());
            }
        }));
        assertThat(organisations).isNotEmpty().allSatisfy(id -> assertThat(demoData.toString())
                .as("organisation %s in %s", id, DEMO_ORGANISATIONS)
                .contains("'" + id + "'"));
        assertThat(environment(PORTAL).get("FRONTDOOR_DEMO"))
                .as("demo mode loads the demo organisations")
                .isEqualTo("true");
    }

    @Test
    void organisation_is_a_user_profile_attribute_that_only_admins_change() {
        JsonNode organisation = userProfileAttributes().get(CurrentUser.ORGANISATION_CLAIM);
        assertThat(organisation).as("Keycloak drops user attributes its user profile does not declare").isNotNull();
        assertThat(strings(organisation.path("permissions").path("edit"))).containsExactly("admin");
        assertThat(organisation.path("multivalued").asBoolean()).isFalse();
    }

    @Test
    void demo_users_satisfy_the_realms_user_profile() {
        Map<String, JsonNode> profile = userProfileAttributes();
        int shortestUsername = profile.get("username").path("validations").path("length").path("min").asInt(1);
        for (JsonNode user : demoUsers()) {
            String username = user.path("username").asString();
            assertThat(username.length()).as(username + " passes the username length check")
                    .isGreaterThanOrEqualTo(shortestUsername);
            profile.forEach((name, attribute) -> {
                if (attribute.has("required")) {
                    String value = user.has(name) ? user.path(name).asString()
                            : String.join("", strings(user.path("attributes").path(name)));
                    assertThat(value).as(username + " " + name).isNotBlank();
                }
            });
        }
    }

    @Test
    void api_clients_are_the_built_in_providers_and_their_tokens_carry_the_organisation() {
        List<Map<String, Object>> apiClients = builtInProvider("api-clients");
        assertThat(apiClients).isNotEmpty();
        for (Map<String, Object> apiClient : apiClients) {
            String clientId = String.valueOf(apiClient.get("client-id"));
            JsonNode client = client(clientId);
            assertThat(client.path("secret").asString()).as(clientId).isEqualTo(String.valueOf(apiClient.get("secret")));
            assertThat(client.path("publicClient").asBoolean()).as(clientId).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(clientId).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean(true)).as(clientId).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as(clientId).isFalse();
            Map<String, String> claim = mapperConfig(client, "oidc-hardcoded-claim-mapper");
            assertThat(claim.get("claim.name")).isEqualTo(CurrentUser.ORGANISATION_CLAIM);
            assertThat(claim.get("claim.value")).isEqualTo(String.valueOf(apiClient.get("organisation")));
            assertThat(claim.get("access.token.claim")).isEqualTo("true");
        }
    }

    // --- the portal container ---------------------------------------------------------------------------------

    @Test
    void every_frontdoor_variable_is_one_the_portal_reads() throws IOException {
        Set<String> read = new LinkedHashSet<>();
        Matcher placeholders = Pattern.compile("\\$\\{(FRONTDOOR_[A-Z0-9_]+)[:}]").matcher(Files.readString(APPLICATION));
        while (placeholders.find()) {
            read.add(placeholders.group(1));
        }
        assertThat(read).as("application.yaml reads the documented variables").containsAll(FRONTDOOR_VARIABLES);
        assertThat(environment(PORTAL).keySet().stream().filter(name -> name.startsWith("FRONTDOOR_")))
                .isNotEmpty()
                .isSubsetOf(FRONTDOOR_VARIABLES);
        assertThat(environment(PORTAL).get("FRONTDOOR_IDP_ENABLED")).isEqualToIgnoringCase("false");
    }

    @Test
    void portal_publishes_8080() {
        int listens = Integer.parseInt(environment(PORTAL).getOrDefault("PORT", "8080"));
        assertThat(listens).isEqualTo(8080);
        assertThat(ports(PORTAL)).anySatisfy(port -> {
            assertThat(port.published()).isEqualTo(8080);
            assertThat(port.target()).isEqualTo(listens);
        });
    }

    @Test
    void portal_starts_after_its_dependencies_are_healthy() {
        Map<String, Object> dependsOn = map(service(PORTAL).get("depends_on"));
        for (String dependency : List.of(POSTGRES, ARTEMIS, KEYCLOAK)) {
            assertThat(map(dependsOn.get(dependency)).get("condition")).as(dependency).isEqualTo("service_healthy");
            assertThat(healthcheck(dependency)).as(dependency + " healthcheck").isNotBlank();
        }
    }

    @Test
    void portal_healthcheck_asks_actuator_health_on_its_own_port() {
        String port = environment(PORTAL).getOrDefault("PORT", "8080");
        assertThat(healthcheck(PORTAL)).contains("http://localhost:" + port + "/actuator/health");
    }

    @Test
    void postgres_and_artemis_keep_their_data_in_named_volumes() {
        Set<String> named = map(compose.get("volumes")).keySet();
        assertThat(volumeSource(POSTGRES, "/var/lib/postgresql/data")).isIn(named);
        assertThat(volumeSource(ARTEMIS, "/var/lib/artemis-instance")).isIn(named);
    }

    @Test
    void keycloak_imports_the_realm_file() {
        assertThat(strings(service(KEYCLOAK).get("command"))).contains("start-dev", "--import-realm");
        Path mounted = Path.of(volumeSource(KEYCLOAK, "/opt/keycloak/data/import")).normalize();
        assertThat(mounted.resolve(REALM.getFileName())).isEqualTo(REALM.normalize());
        assertThat(realm.path("enabled").asBoolean()).isTrue();
    }

    @Test
    void portal_image_runs_the_jar_maven_builds() throws Exception {
        Map<String, Object> build = map(service(PORTAL).get("build"));
        assertThat(Path.of(String.valueOf(build.getOrDefault("context", "."))).resolve(
                String.valueOf(build.get("dockerfile"))).normalize()).isEqualTo(DOCKERFILE);

        DocumentBuilderFactory xml = DocumentBuilderFactory.newDefaultInstance();
        xml.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element project = xml.newDocumentBuilder().parse(POM.toFile()).getDocumentElement();
        String jar = child(project, "artifactId") + "-" + child(project, "version") + ".jar";
        String javaVersion = child(findChild(project, "properties"), "java.version");

        String dockerfile = Files.readString(DOCKERFILE);
        List<String> stages = dockerfile.lines().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(stages).hasSize(2);
        assertThat(stages.getFirst()).contains("maven").contains("temurin-" + javaVersion);
        assertThat(stages.getLast()).contains("eclipse-temurin:" + javaVersion + "-jre");
        assertThat(dockerfile).contains("mvn -B -DskipTests package");
        assertThat(dockerfile).containsPattern("COPY --from=\\S+ \\S*/target/" + Pattern.quote(jar) + " /app/portal.jar");
        assertThat(dockerfile).contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/portal.jar\"]");
    }

    @Test
    void no_file_names_a_download_host() throws IOException {
        Set<String> allowed = new LinkedHashSet<>(List.of("localhost", "127.0.0.1"));
        allowed.addAll(services().keySet());
        Pattern url = Pattern.compile("https?://([^/:\"'\\s]+)");
        for (Path file : List.of(COMPOSE, REALM, DOCKERFILE)) {
            Matcher found = url.matcher(Files.readString(file));
            while (found.find()) {
                assertThat(found.group(1)).as(file + ": " + found.group()).isIn(allowed);
            }
        }
    }

    // --- reading docker-compose.yml ---------------------------------------------------------------------------

    private record PortMapping(int published, int target) {
    }

    private static Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private static Map<String, Object> service(String name) {
        assertThat(services()).containsKey(name);
        return map(services().get(name));
    }

    private static String image(String service) {
        return String.valueOf(service(service).get("image"));
    }

    /** The environment in either compose form: a map, or a list of NAME=value. */
    private static Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((name, value) -> variables.put(String.valueOf(name), value == null ? "" : String.valueOf(value)));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] parts = String.valueOf(entry).split("=", 2);
                variables.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return variables;
    }

    /** Short syntax ([ip:]published:target[/protocol]) or long syntax (target, published). */
    private static List<PortMapping> ports(String service) {
        List<PortMapping> ports = new ArrayList<>();
        for (Object port : list(service(service).get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
                ports.add(new PortMapping(Integer.parseInt(String.valueOf(longSyntax.get("published"))),
                        Integer.parseInt(String.valueOf(longSyntax.get("target")))));
            } else {
                String[] parts = String.valueOf(port).replaceFirst("/(tcp|udp)$", "").split(":");
                int target = Integer.parseInt(parts[parts.length - 1]);
                int published = parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : target;
                ports.add(new PortMapping(published, target));
            }
        }
        return ports;
    }

    private static int publishedPort(String service, int target) {
        return ports(service).stream().filter(port -> port.target() == target).mapToInt(PortMapping::published)
                .findFirst().orElseThrow(() -> new AssertionError(service + " does not publish port " + target));
    }

    private static String healthcheck(String service) {
        Map<String, Object> healthcheck = map(service(service).get("healthcheck"));
        assertThat(healthcheck.get("disable")).as(service + " healthcheck disabled").isNotEqualTo(Boolean.TRUE);
        return String.join(" ", strings(healthcheck.get("test")));
    }

    /** The source of the volume (short syntax source:target[:mode]) mounted at target. */
    private static String volumeSource(String service, String target) {
        for (Object volume : list(service(service).get("volumes"))) {
            if (volume instanceof Map<?, ?> longSyntax) {
                if (target.equals(longSyntax.get("target"))) {
                    return String.valueOf(longSyntax.get("source"));
                }
            } else {
                String[] parts = String.valueOf(volume).split(":");
                if (parts.length >= 2 && parts[1].equals(target)) {
                    return parts[0];
                }
            }
        }
        throw new AssertionError(service + " mounts nothing at " + target);
    }

    private static URI jdbcUrl() {
        String url = environment(PORTAL).get("SPRING_DATASOURCE_URL");
        assertThat(url).startsWith("jdbc:");
        return URI.create(url.substring("jdbc:".length()));
    }

    private static int postgresPort() {
        return Integer.parseInt(environment(POSTGRES).getOrDefault("PGPORT", "5432"));
    }

    private static int artemisPort() {
        Matcher port = Pattern.compile("--default-port[= ](\\d+)")
                .matcher(environment(ARTEMIS).getOrDefault("EXTRA_ARGS", ""));
        return port.find() ? Integer.parseInt(port.group(1)) : 61616;
    }

    private static int keycloakContainerPort() {
        return Integer.parseInt(environment(KEYCLOAK).getOrDefault("KC_HTTP_PORT", "8080"));
    }

    private static int keycloakPublishedPort() {
        return publishedPort(KEYCLOAK, keycloakContainerPort());
    }

    private static int portalPublishedPort() {
        return publishedPort(PORTAL, Integer.parseInt(environment(PORTAL).getOrDefault("PORT", "8080")));
    }

    /** Every OpenID Connect address the portal is given (the redirect URI is the portal's own). */
    private static Map<String, String> oidcAddresses() {
        Map<String, String> addresses = new TreeMap<>();
        environment(PORTAL).forEach((name, value) -> {
            if (name.startsWith("SPRING_SECURITY_OAUTH2_") && name.endsWith("_URI") && !name.endsWith("REDIRECT_URI")) {
                addresses.put(name, value);
            }
        });
        return addresses;
    }

    // --- reading the realm ------------------------------------------------------------------------------------

    private static JsonNode clientIn(JsonNode realm, String clientId) {
        return realm.path("clients").valueStream()
                .filter(client -> client.path("clientId").asString().equals(clientId))
                .findFirst().orElseThrow(() -> new AssertionError("realm has no client " + clientId));
    }

    private static JsonNode clientScope(JsonNode realm, String name) {
        return realm.path("clientScopes").valueStream().filter(scope -> scope.path("name").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("realm has no client scope " + name));
    }

    /** The scopes Keycloak applies to a token asked for with no scope parameter: the client's default ones. */
    private static List<JsonNode> defaultScopes(JsonNode realm, JsonNode client) {
        return strings(client.path("defaultClientScopes")).stream().map(name -> clientScope(realm, name)).toList();
    }

    /** The client's own mappers and its default scopes', those that write to the access token. */
    private static List<JsonNode> accessTokenMappers(JsonNode realm, JsonNode client) {
        List<JsonNode> mappers = new ArrayList<>(client.path("protocolMappers").valueStream().toList());
        defaultScopes(realm, client).forEach(scope -> scope.path("protocolMappers").forEach(mappers::add));
        return mappers.stream()
                .filter(mapper -> mapper.path("config").path("access.token.claim").asString("true").equals("true"))
                .toList();
    }

    /** The names Keycloak writes in the token's scope claim. */
    private static List<String> tokenScopes(JsonNode realm, JsonNode client) {
        return defaultScopes(realm, client).stream()
                .filter(scope -> scope.path("attributes").path("include.in.token.scope").asString("true").equals("true"))
                .map(scope -> scope.path("name").asString()).toList();
    }

    /** The claims the client's default scopes give (sub from oidc-sub-mapper, name from the full-name mapper). */
    private static Set<String> claimsFromScopes(JsonNode realm, JsonNode client) {
        Set<String> claims = new LinkedHashSet<>();
        for (JsonNode mapper : accessTokenMappers(realm, client)) {
            switch (type(mapper)) {
                case "oidc-sub-mapper" -> claims.add("sub");
                case "oidc-full-name-mapper" -> claims.add("name");
                default -> claims.add(claimName(mapper));
            }
        }
        return claims;
    }

    private static void removeScope(JsonNode client, String name) {
        ArrayNode scopes = (ArrayNode) client.path("defaultClientScopes");
        for (int i = scopes.size() - 1; i >= 0; i--) {
            if (scopes.get(i).asString().equals(name)) {
                scopes.remove(i);
            }
        }
    }

    private static String type(JsonNode mapper) {
        return mapper.path("protocolMapper").asString();
    }

    private static String claimName(JsonNode mapper) {
        return mapper.path("config").path("claim.name").asString();
    }

    /** frontdoor.api.audience's default in application.yaml (docker-compose.yml sets no other). */
    private static String apiAudience() {
        String audience = String.valueOf(map(map(application.get("frontdoor")).get("api")).get("audience"));
        Matcher placeholder = Pattern.compile("\\$\\{[A-Z_]+:([^}]+)}").matcher(audience);
        return placeholder.matches() ? placeholder.group(1) : audience;
    }

    private static String realmName() {
        return realm.path("realm").asString();
    }

    private static JsonNode client(String clientId) {
        return clientIn(realm, clientId);
    }

    /** Users who sign in; service-account users belong to clients. */
    private static List<JsonNode> demoUsers() {
        return realm.path("users").valueStream().filter(user -> !user.has("serviceAccountClientId")).toList();
    }

    private static Map<String, String> mapperConfig(JsonNode client, String mapperType) {
        JsonNode mapper = client.path("protocolMappers").valueStream()
                .filter(candidate -> candidate.path("protocolMapper").asString().equals(mapperType))
                .findFirst().orElseThrow(() -> new AssertionError(
                        client.path("clientId").asString() + " has no " + mapperType));
        Map<String, String> config = new TreeMap<>();
        mapper.path("config").forEachEntry((name, value) -> config.put(name, value.asString()));
        return config;
    }

    private static void assertInEveryToken(Map<String, String> mapper) {
        assertThat(mapper).as(mapper.get("claim.name"))
                .containsEntry("id.token.claim", "true")
                .containsEntry("access.token.claim", "true")
                .containsEntry("userinfo.token.claim", "true");
    }

    /** The realm's declarative user profile (a JSON document kept as a string in a component's config). */
    private static Map<String, JsonNode> userProfileAttributes() {
        String config = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0)
                .path("config").path("kc.user.profile.config").path(0).asString();
        assertThat(config).as("realm declares a user profile").isNotBlank();
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        JSON.readTree(config).path("attributes")
                .forEach(attribute -> attributes.put(attribute.path("name").asString(), attribute));
        return attributes;
    }

    private static List<String> roleNames() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    // --- reading application.yaml and pom.xml ------------------------------------------------------------------

    private static List<Map<String, Object>> builtInProvider(String list) {
        Map<String, Object> idp = map(map(application.get("frontdoor")).get("idp"));
        return list(idp.get(list)).stream().map(DockerComposeTest::map).toList();
    }

    private static Element findChild(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError(parent.getTagName() + " has no " + name);
    }

    private static String child(Element parent, String name) {
        return findChild(parent, name).getTextContent().trim();
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static List<String> strings(Object value) {
        if (value instanceof JsonNode node) {
            if (node.isArray()) {
                return node.valueStream().map(JsonNode::asString).toList();
            }
            return node.isMissingNode() || node.isNull() ? List.of() : List.of(node.asString());
        }
        if (value instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
