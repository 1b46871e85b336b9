package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The relay's batches on the real stack: a route fed by the outbox puts each message on a queue, and an idempotent
 * consumer of that queue records its effect once per message id, as the portal's own consumers do.
 */
class OutboxBatchingTest extends PortalTest {

    private static final String ROUTE = "batching-test";
    private static final String QUEUE = "test.batching";
    private static final String CONSUMER = "batching-test-intake";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired CamelContext camel;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired ProcessedMessages processed;
    @Autowired OutboxBatches batches;

    /** How often each message id arrived on the queue, redeliveries included. */
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    /** The message id whose first hand-over to the route fails; null: none fails. */
    private volatile String failOnce;
    private final AtomicInteger failures = new AtomicInteger();

    @BeforeEach
    void routeAndConsumer() throws Exception {
        jdbc.sql("CREATE TABLE IF NOT EXISTS batching_test_effect (message_id TEXT NOT NULL)").update();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + ROUTE).routeId(ROUTE).process(OutboxBatchingTest.this::failOnceIfAsked)
                        .to("jms:queue:" + QUEUE);
                from("jms:queue:" + QUEUE + "?transacted=true").routeId(CONSUMER).process(OutboxBatchingTest.this::consume);
            }
        });
    }

    @AfterEach
    void removeRoutes() throws Exception {
        for (String route : new String[] {ROUTE, CONSUMER}) {
            camel.getRouteController().stopRoute(route);
            camel.removeRoute(route);
        }
        jdbc.sql("DROP TRIGGER IF EXISTS batching_test_fail_commit ON int_channel_message").update();
    }

    @Test
    void five_hundred_messages_leave_in_a_few_batches_each_delivered_once_and_none_left() {
        long batchesBefore = batches.batchesRelayed();

        String run = send(500);

        awaitEffects(run, 500);
        assertThat(waitingInOutbox()).isZero();
        assertThat(batches.batchesRelayed() - batchesBefore).as("batches for 500 messages").isBetween(5L, 25L);
        assertThat(deliveries).hasSize(500).allSatisfy((id, times) -> assertThat(times).hasValue(1));
        assertThat(effects(run)).isEqualTo(500);
    }

    @Test
    void a_route_failing_in_the_middle_of_a_batch_rolls_the_whole_batch_back_and_it_is_sent_again_once() {
        String run = UUID.randomUUID().toString();
        failOnce = run + "-150";

        send(run, 300);

        awaitEffects(run, 300);
        assertThat(failures).as("the hand-over failed once").hasValue(1);
        assertThat(deliveries).as("what the batch had sent before the failure was rolled back with it")
                .hasSize(300).allSatisfy((id, times) -> assertThat(times).hasValue(1));
        assertThat(effects(run)).isEqualTo(300);
        assertThat(waitingInOutbox()).isZero();
    }

    @Test
    void a_database_commit_failing_after_the_broker_commit_sends_the_batch_twice_and_the_consumer_applies_it_once() {
        // Raised at the relay's database commit, after its broker commit: a crash between the two. Once (a sequence
        // is not rolled back), and only for this test's messages.
        jdbc.sql("CREATE SEQUENCE IF NOT EXISTS batching_test_commits").update();
        jdbc.sql("CREATE OR REPLACE FUNCTION batching_test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF position(convert_to('" + ROUTE + "', 'UTF8') in OLD.message_content) > 0 "
                + "AND nextval('batching_test_commits') = 1 THEN "
                + "RAISE EXCEPTION 'the database failed at commit' USING ERRCODE = '58030'; END IF; RETURN NULL; END $$")
                .update();
        jdbc.sql("CREATE CONSTRAINT TRIGGER batching_test_fail_commit AFTER DELETE ON int_channel_message "
                + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION batching_test_fail_commit()").update();

        String run = send(200);

        awaitEffects(run, 200);
        assertThat(waitingInOutbox()).isZero();
        assertThat(deliveries).hasSize(200);
        assertThat(deliveries.values().stream().filter(times -> times.get() == 2).count())
                .as("the batch whose database commit failed was sent again").isPositive();
        assertThat(deliveries.values()).allSatisfy(times -> assertThat(times.get()).isBetween(1, 2));
        assertThat(effects(run)).as("each effect once").isEqualTo(200);
    }

    private String send(int count) {
        String run = UUID.randomUUID().toString();
        send(run, count);
        return run;
    }

    /** All in one transaction, so they wait together and the relay meets a full outbox. */
    private void send(String run, int count) {
        transaction.executeWithoutResult(status -> IntStream.rangeClosed(1, count).forEach(i ->
                outbox.send(new OutgoingMessage(ROUTE, run + "-" + i, "{\"n\":" + i + "}"))));
    }

    private void failOnceIfAsked(Exchange exchange) {
        String id = exchange.getMessage().getHeader(OutboxRelay.MESSAGE_ID, String.class);
        if (id.equals(failOnce)) {
            failOnce = null;
            failures.incrementAndGet();
            throw new IllegalStateException("the route failed in the middle of a batch");
        }
    }

    /** Idempotent, as ProcessedMessages makes every consumer: the id and the effect in one transaction. */
    private void consume(Exchange exchange) {
        String id = exchange.getMessage().getHeader(OutboxRelay.MESSAGE_ID, String.class);
        deliveries.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
        transaction.executeWithoutResult(status -> {
            if (processed.firstTime(CONSUMER, id)) {
                jdbc.sql("INSERT INTO batching_test_effect (message_id) VALUES (?)").param(id).update();
            }
        });
    }

    private void awaitEffects(String run, int count) {
        eventually(count + " effects", WAIT, () -> effects(run) >= count);
    }

    private long effects(String run) {
        return jdbc.sql("SELECT count(*) FROM batching_test_effect WHERE message_id LIKE ?").param(run + "-%")
                .query(Long.class).single();
    }

    private long waitingInOutbox() {
        return jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single();
    }
}
