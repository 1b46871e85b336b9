package uk.frontdoor.retention;

import java.time.Duration;

/**
 * Something a feature keeps only for a while: what it is, how long it is kept, and the one statement that deletes
 * what is older than that. A feature declares one as a bean; {@link RetentionSweep} deletes, hourly.
 */
public abstract class Retention {

    private final String what;
    private final Duration keptFor;
    private final String deleteOlderThan;

    /** @param deleteOlderThan SQL with one parameter, the moment before which everything goes */
    protected Retention(String what, Duration keptFor, String deleteOlderThan) {
        this.what = what;
        this.keptFor = keptFor;
        this.deleteOlderThan = deleteOlderThan;
    }

    String what() {
        return what;
    }

    Duration keptFor() {
        return keptFor;
    }

    String deleteOlderThan() {
        return deleteOlderThan;
    }
}
