package uk.frontdoor.partner.concern;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.contract.DecisionV1;

/**
 * What a {@code decision.v1} tells the referrer side, kept as facts on the timeline and put into words only when
 * someone reads it, so the words can speak to that reader: "your concern" to the teacher who raised it, "Sam
 * Patel's concern" to the safeguarding lead reading a colleague's.
 */
record DecisionNews(String outcomeText, boolean becameReferral, String whatHappensNext, String contactPoint,
        String request, Boolean answersRequest) {

    static DecisionNews of(DecisionV1 decision) {
        boolean comparable = decision.request() != null && decision.answersRequest() != null;
        return new DecisionNews(decision.outcomeText(), decision.becameReferral(), decision.whatHappensNext(),
                decision.contactPoint(), comparable ? decision.request() : null,
                comparable ? decision.answersRequest() : null);
    }

    /** The stored facts; empty for a decision stored as finished words before the facts were kept. */
    static Optional<DecisionNews> read(JsonMapper json, String stored) {
        if (stored == null || !stored.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(stored, DecisionNews.class));
        } catch (JacksonException notFacts) {
            return Optional.empty();
        }
    }

    /**
     * In plain words: whether it became a referral (what partners most often get wrong) said as what it means.
     *
     * @param whose "your concern", or whose it is when the reader did not raise it
     */
    String toReader(String whose) {
        return outcomeText + ". " + answer(whose)
                + (becameReferral
                        ? "ChAD has passed " + whose + " to children's social care to act on: it became a referral. "
                        : "ChAD did not need to start a social work assessment, so " + whose
                                + " stayed a contact and did not become a referral. ")
                + whatHappensNext + " Questions: " + contactPoint + ".";
    }

    /** How the decision answers what was asked, when the outcome can say: "You asked for ...: this gives it." */
    private String answer(String whose) {
        if (request == null || answersRequest == null) {
            return "";
        }
        String asked = ReferrerRequest.ofCode(request).map(ReferrerRequest::asked).orElse(request);
        String who = whose.startsWith("your") ? "You" : "They";
        return who + " asked for " + asked + (answersRequest ? ": this decision gives it. " : ": ChAD decided differently. ");
    }
}
