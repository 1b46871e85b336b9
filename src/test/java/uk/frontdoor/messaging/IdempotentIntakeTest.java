package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.contract.PlacementAcknowledgementV1;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The one way every consumer takes a message in: read into its record, applied once per consumer, and an effect that
 * fails leaves no record of the message, so the redelivery applies it.
 */
class IdempotentIntakeTest extends PortalTest {

    @Autowired IdempotentIntake intake;

    @Test
    void a_message_is_applied_once_for_each_consumer_and_a_failed_effect_is_applied_on_redelivery() {
        String messageId = "test-" + UUID.randomUUID();
        String message = """
                {"contract":"placement-acknowledgement.v1","messageId":"%s","placement":"PL-1001",
                 "update":"lac-update-0001","status":"read","occurredAt":"2026-03-02T19:00:00Z"}""".formatted(messageId);
        List<PlacementAcknowledgementV1> applied = new ArrayList<>();

        assertThatThrownBy(() -> intake.receive("test-consumer", message, PlacementAcknowledgementV1.class, read -> {
            throw new IllegalStateException("the effect failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(intake.receive("test-consumer", message, PlacementAcknowledgementV1.class, applied::add)).isTrue();
        assertThat(intake.receive("test-consumer", message, PlacementAcknowledgementV1.class, applied::add)).isFalse();
        assertThat(intake.receive("another-consumer", message, PlacementAcknowledgementV1.class, applied::add)).isTrue();

        assertThat(applied).hasSize(2).allSatisfy(read -> {
            assertThat(read.messageId()).isEqualTo(messageId);
            assertThat(read.update()).isEqualTo("lac-update-0001");
        });
        assertThat(intake.landed("a-third-consumer", message, PlacementAcknowledgementV1.class, read -> false))
                .as("an effect that finds it had landed already").isFalse();
    }
}
