package uk.frontdoor.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The messages this instance has found to keep their contract, by contract and SHA-256 of their text. A message the
 * portal sends is checked by the route that sends it and again by the route that takes it off its queue, usually on
 * the same instance seconds later: the second check of the very same bytes is this look-up (a schema check cost
 * about a quarter of each of those routes' time). Only passes are kept, never the text, and at most
 * {@link #MOST} of them: when full it starts again, and a message not found is simply checked again.
 */
final class KeptContracts {

    static final int MOST = 10_000;

    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final AtomicLong passes = new AtomicLong();

    boolean contains(String key) {
        return kept.contains(key);
    }

    /** Called once a message has kept its contract, with its {@link #key}. */
    void remember(String key) {
        passes.incrementAndGet();
        if (kept.size() >= MOST) {
            kept.clear();
        }
        kept.add(key);
    }

    long passes() {
        return passes.get();
    }

    /** The contract and the SHA-256 of the message's text: computed once per check, never kept with the text. */
    static String key(String message, String contract) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
            return contract + ' ' + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException("Every JDK has SHA-256", required);
        }
    }
}
