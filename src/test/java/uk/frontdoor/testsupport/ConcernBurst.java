package uk.frontdoor.testsupport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partner systems posting concerns through the API from several threads at once, each with its own Idempotency-Key,
 * keeping what each key was answered with: a 201's reference, or nothing (a refusal, or no answer because the portal
 * died). A thread stops at the first request that gets no answer at all.
 */
public final class ConcernBurst {

    public static final String CLIENT = "springfield-safeguarding-system";
    public static final String SECRET = "springfield-secret";
    public static final String LAST_NAME = "Crashtest";
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, String> answered = new ConcurrentHashMap<>();
    private final List<String> conflicts = new CopyOnWriteArrayList<>();
    private final List<Integer> refusals = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    /** The child's first name for a key: letters only, different for every key. */
    public static String firstName(String key) {
        StringBuilder name = new StringBuilder("Kid");
        for (char digit : key.replaceAll("\\D", "").toCharArray()) {
            name.append((char) ('a' + (digit - '0')));
        }
        return name.toString();
    }

    public static String body(String key) {
        return """
                {"immediateDanger": false,
                 "child": {"firstName": "%s", "lastName": "%s", "dateOfBirth": "2016-05-12",
                           "address": "1 Station Road, Stoke-on-Trent", "postcode": "ST4 1HH",
                           "school": "Springfield Primary School"},
                 "worry": {"factors": ["16A"], "whatHappened": "Came to school hungry every day this week.",
                           "whenHappened": "2026-11-10", "actionTaken": "Gave breakfast and told the safeguarding lead."},
                 "parents": {"know": true, "agree": "yes"},
                 "levelOfNeed": 2}
                """.formatted(firstName(key), LAST_NAME);
    }

    /** Starts {@code threads} clients posting {@code keys} until they run out or the portal stops answering. */
    public void start(int port, Collection<String> keys, int threadCount) throws IOException, InterruptedException {
        start(port, new PartnerApiClient(port).token(CLIENT, SECRET), keys, threadCount);
    }

    /** The same with a token got earlier. */
    public void start(int port, String token, Collection<String> keys, int threadCount) {
        PartnerApiClient api = new PartnerApiClient(port);
        Queue<String> toSend = new ConcurrentLinkedQueue<>(keys);
        for (int i = 0; i < threadCount; i++) {
            threads.add(Thread.ofPlatform().name("partner-system-" + i).start(() -> {
                for (String key = toSend.poll(); key != null; key = toSend.poll()) {
                    try {
                        HttpResponse<String> response = api.post(token, "/api/v1/concerns", body(key),
                                Map.of("Idempotency-Key", key));
                        if (response.statusCode() == 201) {
                            Matcher reference = REFERENCE.matcher(response.body());
                            reference.find();
                            record(key, reference.group(1));
                        } else {
                            refusals.add(response.statusCode());
                        }
                    } catch (IOException noAnswer) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
    }

    private void record(String key, String reference) {
        String earlier = answered.putIfAbsent(key, reference);
        if (earlier != null && !earlier.equals(reference)) {
            conflicts.add(key + " answered " + earlier + " and then " + reference);
        }
    }

    public void join() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
        threads.clear();
    }

    public boolean running() {
        return threads.stream().anyMatch(Thread::isAlive);
    }

    /** Every key answered 201, with its reference. */
    public Map<String, String> answered() {
        return answered;
    }

    /** Keys answered 201 twice with different references. */
    public List<String> conflicts() {
        return conflicts;
    }

    /** Statuses of answers other than 201. */
    public List<Integer> refusals() {
        return refusals;
    }
}
