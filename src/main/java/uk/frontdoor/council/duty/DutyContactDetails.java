package uk.frontdoor.council.duty;

import uk.frontdoor.contract.AdviceRequestV1;
import uk.frontdoor.contract.ContactV1;
import uk.frontdoor.contract.Referrer;
import uk.frontdoor.contract.Request;

/**
 * Everything the referrer sent, for the duty social worker who opened the contact: a concern ({@code contact.v1}) or
 * a request for advice ({@code advice-request.v1}), read into its contract's record; the other is null.
 */
public record DutyContactDetails(DutyContact contact, ContactV1 concern, AdviceRequestV1 advice) {

    /** Who sent it, whichever it is. */
    public Referrer referrer() {
        return concern != null ? concern.referrer() : advice.referrer();
    }

    /** What they would like to happen, if they said. */
    public Request request() {
        return concern != null ? concern.request() : advice.request();
    }
}
