package uk.frontdoor.council.leavingcare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.partner.employer.OfferMessages.newMessageId;
import static uk.frontdoor.partner.employer.OfferMessages.submitted;
import static uk.frontdoor.partner.employer.OfferMessages.withdrawn;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The council side takes an employer's offer messages in whatever order they arrive (competing consumers, a retry,
 * a replay from the dead-letter queue): the newest version is kept, and a withdrawal is final.
 */
class OfferIntakeOrderTest extends PortalTest {

    @Autowired OfferIntake intake;
    @Autowired OfferReviews reviews;

    @Test
    void a_withdrawal_that_overtakes_its_submission_keeps_the_offer_off_the_review_list() {
        UUID offer = UUID.randomUUID();

        intake.receive(withdrawn(newMessageId(), offer, 1));
        intake.receive(submitted(newMessageId(), offer, 1, "Late forklift apprenticeship"));

        assertThat(waitingForReview()).doesNotContain(offer);
        OfferToReview held = reviews.find(team(), offer).orElseThrow();
        assertThat(held.status()).isEqualTo("WITHDRAWN");
        assertThat(held.title()).isEqualTo("Late forklift apprenticeship");
        assertThat(reviews.approve(team(), offer)).isNotEmpty();
    }

    @Test
    void a_withdrawal_of_a_resent_offer_that_overtakes_the_resent_version_keeps_it_withdrawn() {
        UUID offer = UUID.randomUUID();
        intake.receive(submitted(newMessageId(), offer, 1, "Warehouse job"));

        intake.receive(withdrawn(newMessageId(), offer, 2));
        intake.receive(submitted(newMessageId(), offer, 2, "Warehouse job, corrected"));

        assertThat(waitingForReview()).doesNotContain(offer);
        assertThat(reviews.find(team(), offer).orElseThrow().status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void in_order_the_newest_version_waits_for_review_an_older_one_arriving_late_changes_nothing_and_a_withdrawal_ends_it() {
        UUID offer = UUID.randomUUID();
        intake.receive(submitted(newMessageId(), offer, 1, "Mentoring, first version"));
        assertThat(waitingForReview()).contains(offer);

        intake.receive(submitted(newMessageId(), offer, 2, "Mentoring, second version"));
        intake.receive(submitted(newMessageId(), offer, 1, "Mentoring, first version"));
        assertThat(reviews.find(team(), offer).orElseThrow())
                .extracting(OfferToReview::version, OfferToReview::title, OfferToReview::status)
                .containsExactly(2, "Mentoring, second version", "WAITING");

        intake.receive(withdrawn(newMessageId(), offer, 2));
        assertThat(waitingForReview()).doesNotContain(offer);
        assertThat(reviews.find(team(), offer).orElseThrow().status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_withdrawal_and_its_submission_taken_by_two_consumers_at_once_leave_the_offer_withdrawn() throws Exception {
        List<UUID> offers = new ArrayList<>();
        try (ExecutorService consumers = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 20; i++) {
                UUID offer = UUID.randomUUID();
                offers.add(offer);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> submission = consumers.submit(() -> {
                    together.await();
                    intake.receive(submitted(newMessageId(), offer, 1, "Racing job"));
                    return null;
                });
                Future<?> withdrawal = consumers.submit(() -> {
                    together.await();
                    intake.receive(withdrawn(newMessageId(), offer, 1));
                    return null;
                });
                submission.get();
                withdrawal.get();
            }
        }

        assertThat(waitingForReview()).doesNotContainAnyElementsOf(offers);
    }

    private List<UUID> waitingForReview() {
        return reviews.waiting(team()).stream().map(OfferToReview::id).toList();
    }

    private static CurrentUser team() {
        return DemoUser.LEAVING_CARE.currentUser();
    }
}
