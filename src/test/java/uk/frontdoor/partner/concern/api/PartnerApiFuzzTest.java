package uk.frontdoor.partner.concern.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Thousands of generated bodies (wrong types, NULs and control characters, huge strings, deep nesting, wrong
 * shapes, near-valid mutations of a good request) over HTTP to the two write endpoints: none may be a 5xx, and
 * nothing stored may break a text rule. Seeded, so a failure names the seed that reproduces it
 * ({@code -Dfuzz.seed=...}). Each client id is used for fewer requests than the rate limit allows, so the limit
 * stays as configured and its own test is untouched.
 */
class PartnerApiFuzzTest extends PortalTest {

    private static final int CONCERN_BODIES = 2500;
    private static final int UPDATE_BODIES = 1000;
    private static final int REQUESTS_PER_CLIENT = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The longest any text may be, by the field's name in the stored answers; any other text is a short one. */
    private static final Map<String, Integer> LIMITS = Map.ofEntries(Map.entry("childFirstName", 100),
            Map.entry("childLastName", 100), Map.entry("address", 500), Map.entry("school", 200),
            Map.entry("whatHappened", 5000), Map.entry("actionTaken", 2000), Map.entry("notToldExplanation", 2000),
            Map.entry("firstLanguage", 100), Map.entry("disabilityDetail", 2000), Map.entry("gpPractice", 200),
            Map.entry("household", 2000), Map.entry("parentalResponsibility", 2000), Map.entry("notToBeShared", 2000),
            Map.entry("name", 100), Map.entry("relationship", 100));
    private static final int SHORT = 30;
    /** Stands for arrays nested deeper than Jackson writes, put into the body's text when it is sent. */
    private static final String DEEP = "deep-nesting-goes-here";
    private static final List<String> LONG_TEXT = List.of("address", "whatHappened", "actionTaken", "notToldExplanation",
            "disabilityDetail", "household", "parentalResponsibility", "notToBeShared");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JWKSource<SecurityContext> signingKeys;

    private final long seed = Long.getLong("fuzz.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, String> tokens = new java.util.HashMap<>();
    private PartnerApiClient api;
    private int sent;

    @Test
    void thousands_of_generated_bodies_get_no_5xx_and_store_nothing_that_breaks_a_rule() throws Exception {
        String reference = JSON.readTree(send("/api/v1/concerns", "school-springfield", PartnerApiTest.concern("Fuzz"))
                .body()).path("reference").asString();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CONCERN_BODIES; i++) {
            check(failures, "/api/v1/concerns", "school-springfield", body(concern(i)));
        }
        for (int i = 0; i < UPDATE_BODIES; i++) {
            check(failures, "/api/v1/contact-updates", "chad", body(update(i, reference)));
        }
        System.out.printf("Fuzzed %d bodies with seed %d: statuses %s%n", sent, seed, statuses);
        assertThat(failures).as("seed %d, statuses %s", seed, statuses).isEmpty();
        assertThat(statuses).as("the bodies reach success, refusal and the body limit").containsKeys(201, 202, 400, 413);

        List<String> broken = new ArrayList<>();
        jdbc.sql("SELECT answers::text FROM concern WHERE referrer_subject LIKE 'fuzz-client-%'")
                .query(String.class).list().forEach(answers -> brokenTexts(JSON.readTree(answers), "", broken));
        jdbc.sql("SELECT message_id || ' ' || coalesce(detail, '') FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                + "WHERE c.reference = ?").param(reference).query(String.class).list()
                .forEach(event -> {
                    if (event.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')) {
                        broken.add("a timeline entry with a control character");
                    }
                });
        assertThat(broken).as("seed %d", seed).isEmpty();
    }

    private void check(List<String> failures, String path, String organisation, String body) throws Exception {
        HttpResponse<String> response = send(path, organisation, body);
        statuses.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() >= 500 || response.headers().firstValue("Set-Cookie").isPresent()) {
            failures.add(response.statusCode() + " for " + abbreviated(body));
        }
    }

    private HttpResponse<String> send(String path, String organisation, String body) throws Exception {
        if (api == null) {
            api = new PartnerApiClient(port);
        }
        String client = "fuzz-client-" + organisation + "-" + seed + "-" + sent++ / REQUESTS_PER_CLIENT;
        String token = tokens.computeIfAbsent(client, id -> api.forged(signingKeys, id, organisation));
        return api.post(token, path, body, Map.of());
    }

    /** A good concern, then one to three mutations; now and then no concern at all. */
    private JsonNode concern(int i) {
        if (random.nextInt(20) == 0) {
            return anyValue(0);
        }
        ObjectNode concern = (ObjectNode) JSON.readTree(PartnerApiTest.concern("Fz" + i));
        if (random.nextBoolean()) {
            concern.set("aboutChild", JSON.readTree(PartnerApiTest.ABOUT_CHILD));
        }
        return mutated(concern);
    }

    private JsonNode update(int i, String reference) {
        if (random.nextInt(20) == 0) {
            return anyValue(0);
        }
        ObjectNode update = (ObjectNode) JSON.readTree(random.nextBoolean()
                ? """
                  {"contract":"acknowledgement.v1","messageId":"fuzz-%d","reference":"%s","status":"being-looked-at",
                   "occurredAt":"%s"}""".formatted(i, reference, Instant.now())
                : """
                  {"contract":"decision.v1","messageId":"fuzz-%d","reference":"%s","outcome":"early-help",
                   "outcomeText":"Early help","becameReferral":false,"whatHappensNext":"A worker will call.",
                   "contactPoint":"ChAD on 01782 235100","decidedAt":"%s"}""".formatted(i, reference, Instant.now()));
        return mutated(update);
    }

    private JsonNode mutated(ObjectNode good) {
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            List<ObjectNode> parents = new ArrayList<>();
            objects(good, parents);
            ObjectNode parent = parents.get(random.nextInt(parents.size()));
            List<String> names = List.copyOf(parent.propertyNames());
            String name = names.isEmpty() ? "extra" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> parent.set(name, anyValue(0));
                case 1 -> parent.remove(name);
                case 2 -> parent.set("unknown" + random.nextInt(3), anyValue(0));
                default -> parent.put(name, text(parent.path(name).isString() ? parent.path(name).asString() : ""));
            }
        }
        return good;
    }

    private static void objects(JsonNode node, List<ObjectNode> found) {
        if (node instanceof ObjectNode object) {
            found.add(object);
            object.properties().forEach(property -> objects(property.getValue(), found));
        }
    }

    /** A JSON value of any type and shape, nested now and then, deeply once in a while. */
    private JsonNode anyValue(int depth) {
        return switch (random.nextInt(depth > 3 ? 8 : 11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(7) - 2);
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(random.nextDouble() * 10);
            case 5 -> NODES.numberNode(new java.math.BigInteger(100, random));
            case 6, 7 -> NODES.stringNode(text(""));
            case 8 -> NODES.stringNode(DEEP);
            case 9 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(anyValue(depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(random.nextBoolean() ? "firstName" : "k" + i, anyValue(depth + 1));
                }
                yield object;
            }
        };
    }


    /** Text with what breaks rules: NULs and other control characters, lone surrogates, emoji, and great lengths. */
    private String text(String start) {
        StringBuilder text = new StringBuilder(start);
        switch (random.nextInt(random.nextInt(40) == 0 ? 7 : 6)) {
            case 0 -> text.insert(random.nextInt(text.length() + 1), (char) random.nextInt(0x20));
            case 1 -> text.append((char) (0x7f + random.nextInt(0x21))).append('\n').append('\t');
            case 2 -> text.append(random.nextBoolean() ? "\ud83d\ude00" : String.valueOf((char) (0xd800 + random.nextInt(0x800))));
            // Long texts are words: a stored one shows in the duty inbox that the browser tests check for reflow.
            case 3 -> text.append("fuzzed ".repeat(random.nextInt(900)));
            case 4 -> text.append(" ".repeat(random.nextInt(200))).append("why ".repeat(random.nextInt(30)));
            case 5 -> text.setLength(random.nextInt(text.length() + 1));
            default -> text.append("z".repeat(70_000)); // over the body limit
        }
        return text.toString();
    }

    /** The body as sent: mostly the JSON, sometimes cut short or with a byte changed. */
    private String body(JsonNode value) {
        int depth = random.nextInt(2_000);
        String json = JSON.writeValueAsString(value)
                .replace('"' + DEEP + '"', "[".repeat(depth) + "\"bottom\"" + "]".repeat(depth));
        return switch (random.nextInt(25)) {
            case 0 -> json.substring(0, random.nextInt(json.length() + 1));
            case 1 -> json.replaceFirst(",", ",,");
            case 2 -> json + json;
            default -> json;
        };
    }

    private static void brokenTexts(JsonNode node, String name, List<String> broken) {
        if (node.isString()) {
            String text = node.asString();
            boolean longText = LONG_TEXT.contains(name);
            if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                    && !(longText && (c == '\n' || c == '\r' || c == '\t'))
                    || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                broken.add(name + " holds a control character");
            }
            if (text.strip().length() > LIMITS.getOrDefault(name, SHORT)) {
                broken.add(name + " is " + text.strip().length() + " characters");
            }
        }
        node.properties().forEach(property -> brokenTexts(property.getValue(), property.getKey(), broken));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            brokenTexts(node.get(i), name, broken);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " characters)" : body;
    }
}
