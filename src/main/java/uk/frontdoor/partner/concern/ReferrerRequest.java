package uk.frontdoor.partner.concern;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the person contacting the front door hopes will happen, in their words rather than the service's: the front
 * door starts from why someone calls. In contact.v1 and advice-request.v1 as {@code request}.
 */
public enum ReferrerRequest {
    ADVICE_FOR_ME("advice-for-me", "Advice for me", "advice"),
    SUPPORT_FOR_THE_FAMILY("support-for-the-family", "Support for the family", "early-help", "cin-assessment"),
    A_SOCIAL_WORKER_TO_VISIT("social-worker-visit", "A social worker to visit", "cin-assessment", "strategy-s47",
            "already-open"),
    SAFE_TODAY("safe-today", "The child to be safe today", "strategy-s47"),
    /** What the referrer wrote: no outcome can be said to meet it without reading it. */
    SOMETHING_ELSE("something-else", "Something else"),
    /** A partner's system that does not ask; never offered on the portal's pages. */
    NOT_SAID("not-said", "Not said");

    private final String code;
    private final String label;
    /** The decision.v1 outcomes that give the referrer what they asked for. */
    private final List<String> metBy;

    ReferrerRequest(String code, String label, String... metBy) {
        this.code = code;
        this.label = label;
        this.metBy = List.of(metBy);
    }

    /**
     * Whether a decision with this outcome gives what was asked: empty when that cannot be said from the outcome alone
     * ("something else", or nothing asked).
     */
    public Optional<Boolean> metBy(String outcome) {
        return metBy.isEmpty() ? Optional.empty() : Optional.of(metBy.contains(outcome));
    }

    public String code() {
        return code;
    }

    /** The words the referrer chose from. */
    public String label() {
        return label;
    }

    /** As told back to them: "You asked for advice". */
    public String asked() {
        return this == ADVICE_FOR_ME ? "advice" : label.substring(0, 1).toLowerCase(java.util.Locale.UK) + label.substring(1);
    }

    /**
     * What was asked for in the words chosen from, "something else" as written: one wording for check your answers,
     * the referrer's own page and the duty worker's. A code from no list is shown as it came.
     */
    public static String inWords(String code, String detail) {
        if (code == null) {
            return "";
        }
        return SOMETHING_ELSE.code.equals(code) ? (detail == null ? "" : detail)
                : ofCode(code).map(ReferrerRequest::label).orElse(code);
    }

    /** What a person is offered on the page. */
    public static List<ReferrerRequest> offered() {
        return Arrays.stream(values()).filter(request -> request != NOT_SAID).toList();
    }

    public static Optional<ReferrerRequest> ofCode(String code) {
        return Arrays.stream(values()).filter(request -> request.code.equals(code)).findFirst();
    }
}
