package uk.frontdoor.council.duty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.calendar.WorkingDayClock;
import uk.frontdoor.messaging.MessageMismatch;
import uk.frontdoor.messaging.ProcessedMessages;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;

/**
 * Called by the contact-intake route with each {@code contact.v1} message. Records it in the duty inbox
 * and queues the "received" acknowledgement in the same transaction; a redelivered message does nothing.
 */
@Component("contactIntake")
class ContactIntake {

    private static final Logger log = LoggerFactory.getLogger(ContactIntake.class);

    static final String CONSUMER = "contact-intake";
    /** What the inbox shows in place of a child's name for a request for advice. */
    public static final String ADVICE_REQUEST = "Request for advice";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ProcessedMessages processed;
    private final Acknowledgements acknowledgements;
    private final LiveUpdatePublisher liveUpdates;
    private final WorkingDayClock workingDays;

    ContactIntake(JdbcClient jdbc, JsonMapper json, Clock clock, ProcessedMessages processed,
            Acknowledgements acknowledgements, LiveUpdatePublisher liveUpdates, WorkingDayClock workingDays) {
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.processed = processed;
        this.acknowledgements = acknowledgements;
        this.liveUpdates = liveUpdates;
    }

    @Transactional
    public void receive(String message) {
        JsonNode contact = json.readTree(message);
        JsonNode child = contact.get("child");
        JsonNode referrer = contact.get("referrer");
        record(contact, receivedAt -> jdbc.sql("INSERT INTO duty_contact (id, contact_message_id, reference, received_at, "
                        + "decision_due_at, urgent, child_name, organisation_name, referral_source, contact, "
                        + "child_date_of_birth, child_postcode, child_nhs_number, child_pupil_number, concern_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), contact.get("messageId").asString(), contact.get("reference").asString(),
                        Timestamp.from(receivedAt), Timestamp.from(workingDays.decisionDue(receivedAt)),
                        contact.get("urgent").asBoolean(),
                        child.get("firstName").asString() + " " + child.get("lastName").asString(),
                        referrer.get("organisationName").asString(), referrer.get("referralSource").asString(),
                        message,
                        // The child's identifiers as matching compares them (duty.matching, V4__child_matching.sql)
                        child.hasNonNull("dateOfBirth") ? LocalDate.parse(child.get("dateOfBirth").asString()) : null,
                        ChildParticulars.postcodeKey(text(child, "postcode")),
                        ChildParticulars.nhsNumberKey(text(child, "nhsNumber")),
                        ChildParticulars.pupilNumberKey(text(child, "pupilNumber")),
                        text(contact, "concernId"))
                .update());
    }

    /** A request for advice: a contact of its own kind, with the same one-working-day clock for the call back. */
    @Transactional
    public void receiveAdviceRequest(String message) {
        JsonNode request = json.readTree(message);
        JsonNode referrer = request.get("referrer");
        record(request, receivedAt -> jdbc.sql("INSERT INTO duty_contact (id, contact_message_id, reference, received_at, "
                        + "decision_due_at, urgent, child_name, organisation_name, referral_source, contact, kind, concern_id) "
                        + "VALUES (?, ?, ?, ?, ?, false, ?, ?, ?, ?::jsonb, 'advice', ?)")
                .params(UUID.randomUUID(), request.get("messageId").asString(), request.get("reference").asString(),
                        Timestamp.from(receivedAt), Timestamp.from(workingDays.decisionDue(receivedAt)),
                        ADVICE_REQUEST, referrer.get("organisationName").asString(),
                        referrer.get("referralSource").asString(), message, text(request, "concernId"))
                .update());
    }

    /**
     * Once per message id: the insert, the "received" acknowledgement, and the inbox told, in one transaction. A
     * new message whose reference the inbox already holds is another concern's (each concern sends one contact,
     * under one message id): it is parked with a plain reason, and the contact holding the reference is untouched.
     */
    private void record(JsonNode message, java.util.function.Consumer<Instant> insert) {
        if (!processed.firstTime(CONSUMER, message.get("messageId").asString())) {
            return;
        }
        if (jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference = ?").param(message.get("reference").asString())
                .query(Long.class).single() > 0) {
            throw new MessageMismatch("The duty inbox already holds a contact with this reference for a different concern");
        }
        Instant receivedAt = clock.instant();
        insert.accept(receivedAt);
        acknowledgements.send(message.get("reference").asString(), "received", receivedAt);
        liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
        // Which instance took which contact, when operators follow one through several (the reference is no one's name).
        log.debug("Recorded {} in the duty inbox", message.get("reference").asString());
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
