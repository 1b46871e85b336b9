package uk.frontdoor.partner.fostering;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Placement ids no demo placement has, for a test to send placement.v1 about, and removed after it (one shared portal). */
final class MadePlacements {

    private static final AtomicInteger NEXT = new AtomicInteger(7000 + (int) (System.nanoTime() % 1000) * 3);

    private final List<String> made = new ArrayList<>();

    String next() {
        String placement = "PL-" + NEXT.incrementAndGet();
        made.add(placement);
        return placement;
    }

    void removeAll(JdbcClient jdbc) {
        made.forEach(placement -> jdbc.sql("DELETE FROM placement WHERE reference = ?").param(placement).update());
        made.clear();
    }
}
