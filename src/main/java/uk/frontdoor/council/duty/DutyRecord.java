package uk.frontdoor.council.duty;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.liveupdate.LiveUpdatePublisher;

/** The contact's own record of what happened on the duty side: who, when, what changed. */
@Component
class DutyRecord {

    private final JdbcClient jdbc;
    private final LiveUpdatePublisher liveUpdates;
    private final Clock clock;

    DutyRecord(JdbcClient jdbc, LiveUpdatePublisher liveUpdates, Clock clock) {
        this.jdbc = jdbc;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(UUID contactId, CurrentUser who, String what) {
        add(contactId, who.subject(), who.name(), what);
    }

    /** For steps taken by someone who is not signed in here, such as the referrer sending a message. */
    @Transactional(propagation = Propagation.MANDATORY)
    void add(UUID contactId, String actor, String actorName, String what) {
        // Stamped by the portal's clock, as the decisions beside it are, not the database's.
        jdbc.sql("INSERT INTO duty_contact_event (contact_id, occurred_at, actor, actor_name, what) VALUES (?, ?, ?, ?, ?)")
                .params(contactId, Timestamp.from(clock.instant()), actor, actorName, what)
                .update();
        // Every step on the duty side is recorded here, so every open page about the contact hears of each one.
        liveUpdates.publishAfterCommit(DutyInbox.contactTopic(contactId));
    }

    java.util.List<DutyEvent> of(UUID contactId) {
        return jdbc.sql("SELECT occurred_at, actor_name, what FROM duty_contact_event WHERE contact_id = ? ORDER BY occurred_at, id")
                .param(contactId)
                .query((row, n) -> new DutyEvent(row.getTimestamp("occurred_at").toInstant(), row.getString("actor_name"),
                        row.getString("what")))
                .list();
    }
}
