package uk.frontdoor.partner.concern;

import java.time.Instant;
import java.util.List;

/** A submitted concern as its referrer (or their safeguarding lead) sees it, with what happened since. */
public record ConcernSummary(String reference, String childName, String raisedBy, Instant submittedAt,
        List<TimelineEntry> timeline) {

    /** Where the concern has got to; a delivery receipt says how the referrer heard of it, not where it is. */
    public TimelineEntry latest() {
        return timeline.reversed().stream().filter(entry -> !entry.status().isDeliveryReceipt()).findFirst()
                .orElseThrow();
    }
}
