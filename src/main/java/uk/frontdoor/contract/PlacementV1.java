package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code placement.v1}: a placement started, changed or ended in the council's placement system, carrying the
 * placement as that system holds it after the event (only what the carer sees), with a per-placement
 * {@code sequence} that makes applying it order-safe.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementV1(String contract, String messageId, String placement, String event, long sequence,
        String carerOrganisation, String carer, String childFirstName, String childDateOfBirth, String placementType,
        String startedOn, String endedOn, String childSocialWorker, String childSocialWorkerPhone,
        String supervisingSocialWorker, String supervisingSocialWorkerPhone, String delegatedAuthority,
        String nextReviewOn, String nextVisitOn, String sentBy, String sentAt) implements Contract {

    public static final String NAME = "placement.v1";
    public static final String STARTED = "started";
    public static final String CHANGED = "changed";
    public static final String ENDED = "ended";
}
