package uk.frontdoor.partner.concern;

import java.time.Instant;
import java.util.List;

/** A submitted concern as its referrer (or their safeguarding lead) sees it, with what happened since. */
public record ConcernSummary(String reference, String childName, String raisedBy, Instant submittedAt,
        List<TimelineEntry> timeline) {

    /** Decided, and not already challenged without an answer: the referrer may say they disagree. */
    public boolean mayBeChallenged() {
        long decisions = count(TimelineStatus.DECISION);
        return decisions > 0 && count(TimelineStatus.CHALLENGE_SENT) == count(TimelineStatus.CHALLENGE_ANSWERED)
                && timeline.reversed().stream().map(TimelineEntry::status)
                        .filter(status -> status == TimelineStatus.DECISION || status == TimelineStatus.CHALLENGE_ANSWERED)
                        .findFirst().orElseThrow() == TimelineStatus.DECISION;
    }

    private long count(TimelineStatus status) {
        return timeline.stream().filter(entry -> entry.status() == status).count();
    }

    /** Where the concern has got to; a delivery receipt says how the referrer heard of it, not where it is. */
    public TimelineEntry latest() {
        return timeline.reversed().stream().filter(entry -> !entry.status().isDeliveryReceipt()).findFirst()
                .orElseThrow();
    }
}
