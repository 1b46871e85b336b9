package uk.frontdoor.council.duty;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;
import uk.frontdoor.contract.MessageV1;
import uk.frontdoor.messaging.ConversationMessage;
import uk.frontdoor.messaging.IdempotentIntake;
import uk.frontdoor.messaging.MessageMismatch;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.MessageText;

/**
 * The duty side of the conversation with a referrer: messages in (from the message-intake route, once each,
 * acknowledged) and replies out, each on the contact's record.
 */
@Service("dutyMessages")
public class DutyMessages {

    private final JdbcClient jdbc;
    private final IdempotentIntake intake;
    private final Clock clock;
    private final Acknowledgements acknowledgements;
    private final DutyRecord record;
    private final LiveUpdatePublisher liveUpdates;

    private final CouncilAccess access;

    DutyMessages(JdbcClient jdbc, IdempotentIntake intake, Clock clock, Acknowledgements acknowledgements, DutyRecord record,
            LiveUpdatePublisher liveUpdates, CouncilAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.intake = intake;
        this.clock = clock;
        this.acknowledgements = acknowledgements;
        this.record = record;
        this.liveUpdates = liveUpdates;
    }

    static final String CONSUMER = "message-intake";

    /** Called by the message-intake route with each {@code message.v1} from a referrer. */
    public void receive(String message) {
        intake.receive(CONSUMER, message, MessageV1.class, sent -> take(ConversationMessage.of(sent)));
    }

    private void take(ConversationMessage received) {
        UUID contactId = jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(received.reference())
                .query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No contact has the message's reference"));
        String concernId = acknowledgements.concernId(received.reference());
        if (received.concernId() != null && concernId != null && !received.concernId().equals(concernId)) {
            throw new MessageMismatch("The message names a different concern from the contact with its reference");
        }
        if (store(contactId, received)) {
            acknowledgements.send(received.reference(), "message-received", clock.instant(), received.messageId());
            record.add(contactId, "referrer", received.author(), "Message from the referrer");
            liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
        }
    }

    @Transactional
    public List<FieldError> reply(CurrentUser user, UUID contactId, String text) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        String problem = ConversationMessage.problemWith(text);
        if (problem != null) {
            return List.of(new FieldError(MessageText.FIELD, problem));
        }
        String reference = jdbc.sql("SELECT reference FROM duty_contact WHERE id = ?").param(contactId)
                .query(String.class).single();
        ConversationMessage message = new ConversationMessage("msg-" + UUID.randomUUID(), reference,
                acknowledgements.concernId(reference), false,
                user.name() + ", ChAD", text.strip(), clock.instant());
        store(contactId, message);
        record.add(contactId, user, "Sent the referrer a message");
        acknowledgements.message(message);
        return List.of();
    }

    @Transactional(readOnly = true)
    public List<ConversationMessage> messages(CurrentUser user, UUID contactId) {
        access.require(user, CouncilSide.DUTY_SERVICE);
        return jdbc.sql("SELECT m.message_id, c.reference, m.from_referrer, m.author, m.text, m.sent_at FROM duty_message m "
                        + "JOIN duty_contact c ON c.id = m.contact_id WHERE m.contact_id = ? ORDER BY m.sent_at")
                .param(contactId)
                .query((row, n) -> new ConversationMessage(row.getString("message_id"), row.getString("reference"), null,
                        row.getBoolean("from_referrer"), row.getString("author"), row.getString("text"),
                        row.getTimestamp("sent_at").toInstant()))
                .list();
    }

    private boolean store(UUID contactId, ConversationMessage message) {
        return jdbc.sql("INSERT INTO duty_message (id, message_id, contact_id, from_referrer, author, text, sent_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING")
                .params(UUID.randomUUID(), message.messageId(), contactId, message.fromReferrer(), message.author(),
                        message.text(), Timestamp.from(message.sentAt()))
                .update() == 1;
    }
}
