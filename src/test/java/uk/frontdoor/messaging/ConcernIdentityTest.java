package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import jakarta.jms.Message;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * No message lands on the wrong child: both sides match a message to its concern by the concern's own id as well as
 * its reference, and a message naming another concern is parked at once with a plain reason, never applied.
 */
class ConcernIdentityTest extends PortalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;
    @Autowired JsonMapper json;

    @Test
    void the_concern_id_travels_in_the_contact_and_comes_back_in_its_acknowledgement() {
        String reference = raised("Ida", "Identity");
        String concernId = concernId(reference);
        assertThat(jdbc.sql("SELECT concern_id FROM duty_contact WHERE reference = ?").param(reference)
                .query(String.class).single()).isEqualTo(concernId);
        assertThat(jdbc.sql("SELECT e.message_id FROM concern_event e WHERE e.concern_id = ?::uuid AND e.status = 'RECEIVED'")
                .param(concernId).query(String.class).single()).isEqualTo("ack-received-" + concernId);
    }

    @Test
    void an_acknowledgement_for_another_concern_with_the_same_reference_is_parked_and_never_applied() {
        String reference = raised("Mia", "Mismatch");
        String marker = send(Queues.PORTAL_ACKNOWLEDGEMENTS, "{\"contract\":\"acknowledgement.v1\",\"messageId\":\"ack-x-"
                + UUID.randomUUID() + "\",\"reference\":\"" + reference + "\",\"concernId\":\"" + UUID.randomUUID()
                + "\",\"status\":\"being-looked-at\",\"occurredAt\":\"2026-01-05T10:00:00Z\"}");

        Message parked = awaitDeadLetter(marker);
        assertThat(property(parked, DeadLetterReason.REASON))
                .isEqualTo("MessageMismatch: The message names a different concern from the one with its reference");
        assertThat(jdbc.sql("SELECT count(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                + "WHERE c.reference = ? AND e.status = 'BEING_LOOKED_AT'").param(reference).query(Long.class).single())
                .as("never applied").isZero();
    }

    @Test
    void a_message_from_a_referrer_naming_another_concern_is_parked_on_the_duty_side() {
        String reference = raised("Meg", "Message");
        String marker = send("duty.messages", "{\"contract\":\"message.v1\",\"messageId\":\"msg-" + UUID.randomUUID()
                + "\",\"reference\":\"" + reference + "\",\"concernId\":\"" + UUID.randomUUID()
                + "\",\"fromReferrer\":true,\"author\":\"Someone\",\"text\":\"Hello\",\"sentAt\":\"2026-01-05T10:00:00Z\"}");

        assertThat(property(awaitDeadLetter(marker), DeadLetterReason.REASON))
                .isEqualTo("MessageMismatch: The message names a different concern from the contact with its reference");
        assertThat(jdbc.sql("SELECT count(*) FROM duty_message m JOIN duty_contact c ON c.id = m.contact_id "
                + "WHERE c.reference = ?").param(reference).query(Long.class).single()).isZero();
    }

    @Test
    void a_new_contact_whose_reference_the_duty_side_holds_for_another_concern_is_parked_with_a_plain_reason() {
        String reference = raised("Rex", "Reused");
        ObjectNode other = (ObjectNode) json.readTree(jdbc.sql("SELECT contact::text FROM duty_contact WHERE reference = ?")
                .param(reference).query(String.class).single());
        String otherId = UUID.randomUUID().toString();
        other.put("messageId", "contact-" + otherId);
        other.put("concernId", otherId);
        ((ObjectNode) other.get("child")).put("firstName", "Other");
        String marker = send(Queues.DUTY_CONTACTS, json.writeValueAsString(other));

        String reason = property(awaitDeadLetter(marker), DeadLetterReason.REASON);
        assertThat(reason).isEqualTo(
                "MessageMismatch: The duty inbox already holds a contact with this reference for a different concern");
        assertThat(reason).doesNotContain("Other").doesNotContain(reference).doesNotContain("DuplicateKey");
        assertThat(jdbc.sql("SELECT child_name FROM duty_contact WHERE reference = ?").param(reference)
                .query(String.class).single()).isEqualTo("Rex Reused");
    }

    private String raised(String first, String last) {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete(first, last));
        eventually("the timeline shows received", WAIT, () -> jdbc.sql("SELECT count(*) FROM concern_event e "
                + "JOIN concern c ON c.id = e.concern_id WHERE c.reference = ? AND e.status = 'RECEIVED'")
                .param(reference).query(Long.class).single() == 1);
        return reference;
    }

    private String concernId(String reference) {
        return jdbc.sql("SELECT id::text FROM concern WHERE reference = ?").param(reference).query(String.class).single();
    }

    private String send(String queue, String body) {
        return ParkedMessages.send(jms, queue, body);
    }

    private Message awaitDeadLetter(String marker) {
        return ParkedMessages.awaitDeadLetter(jms, marker);
    }

    private static String property(Message message, String name) {
        return ParkedMessages.property(message, name);
    }
}
