package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The batched consumers of duty.contacts and portal.acknowledgements on the real stack. Each test stops them while
 * concerns are raised, so their contacts wait on the queue as under load, then starts them again: what waits is taken
 * in batches, and every guarantee of a consumer taking one message at a time still holds.
 */
class IntakeBatchesTest extends PortalTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired IntakeBatches intake;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;

    /** Every concern this test raised, removed afterwards on both sides. */
    private final List<String> raised = new ArrayList<>();

    /**
     * The later tests share this database: hundreds of open contacts left in the duty inbox made a browser test that
     * opens the inbox take minutes instead of seconds (the inbox shows every open contact).
     */
    @AfterEach
    void takingAgainAndRemovingWhatWasRaised() {
        intake.start();
        jdbc.sql("DROP TRIGGER IF EXISTS intake_test_fail_commit ON processed_message").update();
        jdbc.sql("DROP TRIGGER IF EXISTS intake_test_fail_statement ON duty_contact").update();
        awaitReceived(raised);
        String[] references = raised.toArray(String[]::new);
        jdbc.sql("DELETE FROM duty_contact WHERE reference = ANY (?)").param(references).update();
        jdbc.sql("DELETE FROM concern_event WHERE concern_id IN (SELECT id FROM concern WHERE reference = ANY (?))")
                .param(references).update();
        jdbc.sql("DELETE FROM concern WHERE reference = ANY (?)").param(references).update();
    }

    @Test
    void contacts_waiting_on_the_queue_are_taken_in_batches_and_each_lands_once_with_one_acknowledgement() {
        long batches = intake.batchesCommitted();
        long inBatches = intake.messagesInBatches();

        List<String> references = waitingContacts(150);
        intake.start();

        awaitReceived(references);
        assertThat(intake.batchesCommitted() - batches).as("batches committed").isPositive();
        assertThat(intake.messagesInBatches() - inBatches).as("messages that went in batches")
                .isGreaterThanOrEqualTo(100);
        assertEachLandedOnce(references);
    }

    @Test
    void a_message_that_breaks_its_contract_in_a_batch_is_parked_once_and_the_others_land() {
        long rolledBack = intake.batchesRolledBack();
        List<String> references = waitingContacts(60);
        String marker = ParkedMessages.send(jms, Queues.DUTY_CONTACTS,
                "{\"contract\":\"contact.v1\",\"messageId\":\"broken-in-a-batch\"}");
        references.addAll(waitingContacts(60));

        intake.start();

        awaitReceived(references);
        ParkedMessages.awaitDeadLetter(jms, marker);
        assertThat(intake.batchesRolledBack() - rolledBack).as("the batch holding it rolled back").isPositive();
        assertEachLandedOnce(references);
        Integer parked = jms.browseSelected(Queues.DEAD_LETTERS, "testMarker = '" + marker + "'",
                (session, browser) -> java.util.Collections.list(browser.getEnumeration()).size());
        assertThat(parked).as("parked once, not once for the batch and again alone").isEqualTo(1);
    }

    @Test
    void a_batch_whose_database_commit_fails_comes_again_and_each_effect_lands_once() {
        long rolledBack = intake.batchesRolledBack();
        List<String> references = waitingContacts(120);
        // At the commit, after every statement of the batch has run.
        failSecondRowOnce("intake_test_fail_commit", "CONSTRAINT TRIGGER", "AFTER INSERT ON processed_message "
                + "DEFERRABLE INITIALLY DEFERRED", "NEW.consumer = 'contact-intake'");

        intake.start();

        awaitReceived(references);
        assertThat(jdbc.sql("SELECT last_value FROM intake_test_fail_commit").query(Long.class).single())
                .as("the failing commit was tried").isGreaterThan(1);
        assertThat(intake.batchesRolledBack() - rolledBack).as("the batch rolled back").isPositive();
        assertEachLandedOnce(references);
    }

    @Test
    void a_statement_failing_inside_a_batch_ends_it_at_once_and_each_message_lands_alone() {
        long rolledBack = intake.batchesRolledBack();
        List<String> references = waitingContacts(80);
        // Inside a batch a retry would run in PostgreSQL's aborted transaction and fail for as long as it went on.
        failSecondRowOnce("intake_test_fail_statement", "TRIGGER", "BEFORE INSERT ON duty_contact", "true");

        intake.start();

        awaitReceived(references);
        assertThat(intake.batchesRolledBack() - rolledBack).as("the batch rolled back").isPositive();
        assertEachLandedOnce(references);
    }

    /**
     * The database fails the second row matching {@code which} that one transaction writes (only a batch writes two:
     * never a lone message), once: the trigger's sequence, named as it is, is not rolled back.
     */
    private void failSecondRowOnce(String name, String kind, String when, String which) {
        jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + name).update();
        jdbc.sql("SELECT setval('" + name + "', 1, false)").query(Long.class).single();
        jdbc.sql("CREATE OR REPLACE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$ "
                + "DECLARE written int; BEGIN "
                + "IF NOT (" + which + ") THEN RETURN NEW; END IF; "
                + "written := coalesce(nullif(current_setting('" + name + ".written', true), ''), '0')::int + 1; "
                + "PERFORM set_config('" + name + ".written', written::text, true); "
                + "IF written = 2 AND nextval('" + name + "') = 1 THEN "
                + "RAISE EXCEPTION 'the database failed' USING ERRCODE = '58030'; END IF; RETURN NEW; END $$").update();
        jdbc.sql("CREATE " + kind + " " + name + " " + when + " FOR EACH ROW EXECUTE FUNCTION " + name + "()").update();
    }

    /** Raised while the intake is stopped: relayed onto duty.contacts, where they wait. */
    private List<String> waitingContacts(int how) {
        intake.stop();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < how; i++) {
            references.add(Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Batch", "Waiting")));
        }
        raised.addAll(references);
        eventually("the contacts wait on their queue", WAIT, () -> jdbc.sql(
                "SELECT count(*) FROM int_channel_message").query(Long.class).single() == 0);
        return references;
    }

    private void awaitReceived(List<String> references) {
        eventually("every concern's timeline shows received", WAIT, () -> events(references, "RECEIVED") == references.size());
    }

    private void assertEachLandedOnce(List<String> references) {
        assertThat(jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference = ANY (?)")
                .param(references.toArray(String[]::new)).query(Long.class).single())
                .as("one duty inbox entry each").isEqualTo(references.size());
        assertThat(events(references, "RECEIVED")).as("one received each").isEqualTo(references.size());
    }

    private long events(List<String> references, String status) {
        return jdbc.sql("SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                        + "WHERE e.status = ? AND c.reference = ANY (?)")
                .params(status, references.toArray(String[]::new)).query(Long.class).single();
    }
}
