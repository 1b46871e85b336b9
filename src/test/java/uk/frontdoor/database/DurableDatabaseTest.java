package uk.frontdoor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL as the portal starts it keeps commits through a power cut; the start-up check refuses one
 * that does not (zonky's own defaults), unless the test-only setting allows it, and only warns for an external one;
 * and a server an earlier, killed run left on the data directory does not stop the next start.
 */
class DurableDatabaseTest {

    private static Path fresh(String name) throws Exception {
        Files.createDirectories(Path.of("target"));
        return Files.createTempDirectory(Path.of("target"), name).toAbsolutePath().resolve("postgres");
    }

    @Test
    void the_embedded_database_is_durable_and_a_non_durable_one_is_refused_unless_a_test_allows_it() throws Exception {
        try (EmbeddedPostgres portals = EmbeddedDatabase.start(fresh("durable-"));
                EmbeddedPostgres zonkyDefaults = EmbeddedPostgres.builder().setDataDirectory(fresh("zonky-"))
                        .setCleanDataDirectory(true).start()) {
            Durability durable = Durability.of(portals.getPostgresDatabase());
            assertThat(durable.settings()).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
                    .containsEntry("full_page_writes", "on");
            assertThatNoException().isThrownBy(() -> new DurabilityCheck(portals.getPostgresDatabase(), "", false)
                    .afterPropertiesSet());

            Durability notDurable = Durability.of(zonkyDefaults.getPostgresDatabase());
            assertThat(notDurable.unsafe()).containsExactly("fsync=off", "synchronous_commit=off");
            assertThatIllegalStateException()
                    .isThrownBy(() -> new DurabilityCheck(zonkyDefaults.getPostgresDatabase(), "", false).afterPropertiesSet())
                    .withMessageContaining("fsync=off, synchronous_commit=off").withMessageContaining("will not start");
            assertThatNoException().as("allowed by frontdoor.database.allow-non-durable")
                    .isThrownBy(() -> new DurabilityCheck(zonkyDefaults.getPostgresDatabase(), "", true).afterPropertiesSet());
            assertThatNoException().as("an external database only gets a warning")
                    .isThrownBy(() -> new DurabilityCheck(zonkyDefaults.getPostgresDatabase(),
                            "jdbc:postgresql://db.example/frontdoor", false).afterPropertiesSet());
        }
    }

    @Test
    void a_server_left_running_on_the_data_directory_is_stopped_and_the_next_start_works() throws Exception {
        Path data = fresh("leftover-");
        Process killedRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledRun.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolveSibling("killed-run.log").toFile()).start();
        assertThat(killedRun.waitFor(60, TimeUnit.SECONDS)).isTrue();
        ProcessHandle postmaster = ProcessHandle.of(LeftoverPostgres.pidIn(data.resolve(LeftoverPostgres.PID_FILE))
                .orElseThrow()).orElseThrow();
        assertThat(LeftoverPostgres.isPostgresFor(postmaster, data)).isTrue();
        assertThat(LeftoverPostgres.isPostgresFor(postmaster, fresh("other-"))).as("another directory's").isFalse();
        assertThat(LeftoverPostgres.isPostgresFor(ProcessHandle.current(), data)).as("not a postgres").isFalse();

        try (EmbeddedPostgres next = EmbeddedDatabase.start(data)) {
            assertThat(postmaster.isAlive()).as("the leftover server has stopped").isFalse();
            assertThat(Durability.of(next.getPostgresDatabase()).durable()).isTrue();
        } finally {
            postmaster.destroyForcibly();
        }
    }

    @Test
    void the_database_of_a_portal_still_running_is_never_stopped() throws Exception {
        Path data = fresh("in-use-");
        try (EmbeddedPostgres running = EmbeddedDatabase.start(data)) {
            assertThatIllegalStateException().isThrownBy(() -> EmbeddedDatabase.start(data))
                    .withMessageContaining("two portals cannot share one data directory");
            assertThat(Durability.of(running.getPostgresDatabase()).durable()).as("still answering").isTrue();
        }
    }

    @Test
    void a_pid_file_no_postgres_holds_is_removed_and_the_next_start_works() throws Exception {
        Path data = fresh("stale-");
        EmbeddedDatabase.start(data).close();
        // The pid a dead server wrote is now some other process's: here, this JVM's.
        Files.writeString(data.resolve(LeftoverPostgres.PID_FILE), ProcessHandle.current().pid() + "\n" + data + "\n");
        try (EmbeddedPostgres next = EmbeddedDatabase.start(data)) {
            assertThat(Durability.of(next.getPostgresDatabase()).durable()).isTrue();
        }
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }
}
