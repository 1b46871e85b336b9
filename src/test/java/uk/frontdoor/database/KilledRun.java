package uk.frontdoor.database;

import java.nio.file.Path;

/** A run of the portal's embedded database killed as {@code kill -9} would: its PostgreSQL server is left running. */
final class KilledRun {

    private KilledRun() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.start(Path.of(args[0]));
        Runtime.getRuntime().halt(9);
    }
}
