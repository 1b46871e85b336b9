package uk.frontdoor.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.Submission;

/** Raises concerns through the same services the pages use, for tests about what happens next. */
public final class Concerns {

    private Concerns() {
    }

    public static String raise(ConcernDrafts drafts, ConcernService concerns, DemoUser who, ConcernAnswers answers) {
        var user = who.currentUser();
        var draft = drafts.start(user);
        for (ConcernStep step : ConcernStep.values()) {
            if (step != ConcernStep.CHECK) {
                assertThat(drafts.save(user, draft.id(), step, answers)).isEmpty();
            }
        }
        Submission submission = concerns.submit(user, draft.id());
        assertThat(submission.errors()).isEmpty();
        return submission.reference();
    }

    /** Waits until the concern reaches the duty inbox through the routes. @return its id on the duty side */
    public static UUID awaitContact(JdbcClient jdbc, String reference) {
        eventually("the contact reaches the duty inbox", Duration.ofSeconds(20), () -> jdbc.sql(
                "SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference).query(Long.class).single() == 1);
        return jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
    }

    /** Waits for something that arrives through the broker, failing with the description after the timeout. */
    public static void eventually(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
