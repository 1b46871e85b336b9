package uk.frontdoor.partner.concern;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/** "Ask ChAD for advice": what the partner wants to talk about, and how to call them back. */
public record AdviceRequest(String question, String callbackPhone, String bestTime, String request) {

    public static final String QUESTION = "advice-question";
    public static final String PHONE = "advice-phone";
    public static final String BEST_TIME = "advice-best-time";
    public static final String REQUEST = "advice-request";
    public static final int QUESTION_MAX = 1000;
    private static final Pattern PHONE_FORMAT = Pattern.compile("^[0-9 +()-]{10,20}$");

    /** Without saying what they would like to happen (it is optional when asking for advice). */
    public AdviceRequest(String question, String callbackPhone, String bestTime) {
        this(question, callbackPhone, bestTime, null);
    }

    /** The choices offered when asking for advice: "something else" is what the question itself says. */
    public static List<ReferrerRequest> requestsOffered() {
        return ReferrerRequest.offered().stream().filter(request -> request != ReferrerRequest.SOMETHING_ELSE).toList();
    }

    /** The problems with the request, in GOV.UK's words; checked on the server whatever the browser sent. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        PlainText.require(errors, QUESTION, question, QUESTION_MAX, true, "Tell us what you would like advice about",
                "Your question");
        if (callbackPhone == null || callbackPhone.isBlank()) {
            errors.add(new FieldError(PHONE, "Enter a phone number we can call you back on"));
        } else if (!PHONE_FORMAT.matcher(callbackPhone.strip()).matches()
                || callbackPhone.replaceAll("[^0-9]", "").length() < 10) {
            errors.add(new FieldError(PHONE, "Enter a phone number, like 01782 235100 or 07700 900 982"));
        }
        PlainText.allow(errors, BEST_TIME, bestTime, 200, false, "When to call");
        if (request != null && requestsOffered().stream().map(ReferrerRequest::code).noneMatch(request::equals)) {
            errors.add(new FieldError(REQUEST, "Select what you would like to happen"));
        }
        return errors;
    }
}
