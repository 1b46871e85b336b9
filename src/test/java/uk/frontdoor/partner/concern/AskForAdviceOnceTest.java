package uk.frontdoor.partner.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/** The same request for advice reaching the server twice makes one request, one message and one reference. */
class AskForAdviceOnceTest extends PortalTest {

    @Autowired ConcernService concerns;
    @Autowired JdbcClient jdbc;

    @Test
    void a_retried_request_for_advice_gets_the_first_reference_and_chad_hears_of_it_once() {
        UUID submission = UUID.randomUUID();
        AdviceRequest request = request();

        Submission first = concerns.askForAdvice(DemoUser.GP.currentUser(), submission, request);
        Submission retried = concerns.askForAdvice(DemoUser.GP.currentUser(), submission, request);

        assertThat(first.errors()).isEmpty();
        assertThat(retried).isEqualTo(first);
        assertThat(requestsAsking(request.question())).isEqualTo(1);
        Concerns.awaitContact(jdbc, first.reference());
        eventually("the outbox is empty", Duration.ofSeconds(20), () ->
                jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single() == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM duty_contact WHERE contact->>'question' = ?")
                .param(request.question()).query(Long.class).single()).as("requests ChAD received").isEqualTo(1);
    }

    @Test
    void two_clicks_racing_make_one_request_for_advice() throws Exception {
        UUID submission = UUID.randomUUID();
        AdviceRequest request = request();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Submission> sent;
        try (ExecutorService clicks = Executors.newFixedThreadPool(2)) {
            List<Future<Submission>> racing = List.of(1, 2).stream().map(click -> clicks.submit(() -> {
                together.await();
                return concerns.askForAdvice(DemoUser.GP.currentUser(), submission, request);
            })).toList();
            sent = List.of(racing.get(0).get(), racing.get(1).get());
        }

        assertThat(sent.get(0).errors()).isEmpty();
        assertThat(sent.get(1)).isEqualTo(sent.get(0));
        assertThat(requestsAsking(request.question())).isEqualTo(1);
        // Nothing left in flight to land in another test's counts.
        Concerns.awaitContact(jdbc, sent.get(0).reference());
    }

    @Test
    void another_page_is_another_request() {
        AdviceRequest request = request();
        String first = concerns.askForAdvice(DemoUser.GP.currentUser(), UUID.randomUUID(), request).reference();
        String second = concerns.askForAdvice(DemoUser.GP.currentUser(), UUID.randomUUID(), request).reference();

        assertThat(second).isNotEqualTo(first);
        assertThat(requestsAsking(request.question())).isEqualTo(2);
        Concerns.awaitContact(jdbc, first);
        Concerns.awaitContact(jdbc, second);
    }

    private static AdviceRequest request() {
        return new AdviceRequest("Should I refer a family who missed three appointments? " + UUID.randomUUID(),
                "01782 555 123", "After 4pm");
    }

    private long requestsAsking(String question) {
        return jdbc.sql("SELECT count(*) FROM concern WHERE kind = 'advice' AND answers->>'question' = ?")
                .param(question).query(Long.class).single();
    }
}
