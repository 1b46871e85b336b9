package uk.frontdoor.concern;

import java.time.Instant;
import java.util.List;

/** A submitted concern as its referrer (or their safeguarding lead) sees it, with what happened since. */
public record ConcernSummary(String reference, String childName, String raisedBy, Instant submittedAt,
        List<TimelineEntry> timeline) {

    public TimelineEntry latest() {
        return timeline.getLast();
    }
}
