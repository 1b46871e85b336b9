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
import uk.frontdoor.calendar.WorkingDayClock;
import uk.frontdoor.contract.AdviceRequestV1;
import uk.frontdoor.contract.ContactV1;
import uk.frontdoor.messaging.IdempotentIntake;
import uk.frontdoor.messaging.MessageMismatch;
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
    private final Clock clock;
    private final IdempotentIntake intake;
    private final Acknowledgements acknowledgements;
    private final LiveUpdatePublisher liveUpdates;
    private final WorkingDayClock workingDays;

    ContactIntake(JdbcClient jdbc, Clock clock, IdempotentIntake intake,
            Acknowledgements acknowledgements, LiveUpdatePublisher liveUpdates, WorkingDayClock workingDays) {
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.clock = clock;
        this.intake = intake;
        this.acknowledgements = acknowledgements;
        this.liveUpdates = liveUpdates;
    }

    public void receive(String message) {
        intake.receive(CONSUMER, message, ContactV1.class, contact -> {
            ContactV1.Child child = contact.child();
            record(contact.reference(), receivedAt -> jdbc.sql("INSERT INTO duty_contact (id, contact_message_id, "
                            + "reference, received_at, decision_due_at, urgent, child_name, organisation_name, "
                            + "referral_source, contact, child_date_of_birth, child_postcode, child_nhs_number, "
                            + "child_pupil_number, concern_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), contact.messageId(), contact.reference(), Timestamp.from(receivedAt),
                            Timestamp.from(workingDays.decisionDue(receivedAt)), contact.urgent(),
                            child.firstName() + " " + child.lastName(), contact.referrer().organisationName(),
                            contact.referrer().referralSource(), message,
                            // The child's identifiers as matching compares them (duty.matching, V4__child_matching.sql)
                            child.dateOfBirth() == null ? null : LocalDate.parse(child.dateOfBirth()),
                            ChildParticulars.postcodeKey(child.postcode()),
                            ChildParticulars.nhsNumberKey(child.nhsNumber()),
                            ChildParticulars.pupilNumberKey(child.pupilNumber()), contact.concernId())
                    .update());
        });
    }

    /** A request for advice: a contact of its own kind, with the same one-working-day clock for the call back. */
    public void receiveAdviceRequest(String message) {
        intake.receive(CONSUMER, message, AdviceRequestV1.class, request -> record(request.reference(),
                receivedAt -> jdbc.sql("INSERT INTO duty_contact (id, contact_message_id, reference, received_at, "
                                + "decision_due_at, urgent, child_name, organisation_name, referral_source, contact, "
                                + "kind, concern_id) VALUES (?, ?, ?, ?, ?, false, ?, ?, ?, ?::jsonb, 'advice', ?)")
                        .params(UUID.randomUUID(), request.messageId(), request.reference(), Timestamp.from(receivedAt),
                                Timestamp.from(workingDays.decisionDue(receivedAt)), ADVICE_REQUEST,
                                request.referrer().organisationName(), request.referrer().referralSource(), message,
                                request.concernId())
                        .update()));
    }

    /**
     * The insert, the "received" acknowledgement, and the inbox told, in the intake's one transaction. A new message
     * whose reference the inbox already holds is another concern's (each concern sends one contact, under one
     * message id): it is parked with a plain reason, and the contact holding the reference is untouched.
     */
    private void record(String reference, java.util.function.Consumer<Instant> insert) {
        if (jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference)
                .query(Long.class).single() > 0) {
            throw new MessageMismatch("The duty inbox already holds a contact with this reference for a different concern");
        }
        Instant receivedAt = clock.instant();
        insert.accept(receivedAt);
        acknowledgements.send(reference, "received", receivedAt);
        liveUpdates.publishAfterCommit(LiveUpdatePublisher.DUTY_INBOX);
        // Which instance took which contact, when operators follow one through several (the reference is no one's name).
        log.debug("Recorded {} in the duty inbox", reference);
    }
}
