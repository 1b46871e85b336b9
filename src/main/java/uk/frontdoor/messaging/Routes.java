package uk.frontdoor.messaging;

import java.util.List;
import java.util.Map;

/**
 * The ids of the routes the outbox feeds, in one place: each is a route's id and its {@code direct:} name, and the
 * file integration-routes/&lt;side&gt;/&lt;id&gt;.camel.yaml. A route that carries a contract from one side to the other
 * is named {@code <contract>-to-council} or {@code <contract>-to-partner}; the route that takes it off its queue on
 * the other side is {@code <contract>-intake}. RoutesTest holds these against the running Camel context.
 */
public final class Routes {
    /** Partner side to council side. */
    public static final String CONTACT_TO_COUNCIL = "contact-to-council";
    public static final String ADVICE_REQUEST_TO_COUNCIL = "advice-request-to-council";
    public static final String MESSAGE_TO_COUNCIL = "message-to-council";
    public static final String EMPLOYER_REGISTRATION_TO_COUNCIL = "employer-registration-to-council";
    public static final String OFFER_TO_COUNCIL = "offer-to-council";
    public static final String CARER_REPORT_TO_COUNCIL = "carer-report-to-council";
    public static final String PLACEMENT_ACKNOWLEDGEMENT_TO_COUNCIL = "placement-acknowledgement-to-council";
    public static final String CHALLENGE_TO_COUNCIL = "challenge-to-council";
    public static final String MISSING_EDUCATION_TO_COUNCIL = "missing-education-to-council";
    /** Partner side to the referrer's inbox or phone, through GOV.UK Notify. */
    public static final String NOTIFY_REFERRER = "notify-referrer";

    /** Council side to partner side. */
    public static final String ACKNOWLEDGEMENT_TO_PARTNER = "acknowledgement-to-partner";
    public static final String DECISION_TO_PARTNER = "decision-to-partner";
    public static final String MESSAGE_TO_PARTNER = "message-to-partner";
    public static final String EMPLOYER_ACKNOWLEDGEMENT_TO_PARTNER = "employer-acknowledgement-to-partner";
    public static final String OFFER_ACKNOWLEDGEMENT_TO_PARTNER = "offer-acknowledgement-to-partner";
    public static final String CARER_REPORT_ACKNOWLEDGEMENT_TO_PARTNER = "carer-report-acknowledgement-to-partner";
    public static final String CHALLENGE_ANSWER_TO_PARTNER = "challenge-answer-to-partner";
    public static final String MISSING_EDUCATION_UPDATE_TO_PARTNER = "missing-education-update-to-partner";

    static final List<String> FED_BY_THE_OUTBOX = List.of(CONTACT_TO_COUNCIL, ADVICE_REQUEST_TO_COUNCIL,
            MESSAGE_TO_COUNCIL, EMPLOYER_REGISTRATION_TO_COUNCIL, OFFER_TO_COUNCIL, CARER_REPORT_TO_COUNCIL,
            PLACEMENT_ACKNOWLEDGEMENT_TO_COUNCIL, CHALLENGE_TO_COUNCIL, NOTIFY_REFERRER, ACKNOWLEDGEMENT_TO_PARTNER,
            DECISION_TO_PARTNER, MESSAGE_TO_PARTNER, EMPLOYER_ACKNOWLEDGEMENT_TO_PARTNER, OFFER_ACKNOWLEDGEMENT_TO_PARTNER,
            CARER_REPORT_ACKNOWLEDGEMENT_TO_PARTNER, CHALLENGE_ANSWER_TO_PARTNER, MISSING_EDUCATION_TO_COUNCIL,
            MISSING_EDUCATION_UPDATE_TO_PARTNER);

    /**
     * The ids these routes had before they were named by side. An outbox row or a parked message written before the
     * rename names its route the old way; it is relayed or replayed to the route's id today, so nothing waiting is
     * stranded by the rename (docs/decisions/0011).
     */
    private static final Map<String, String> BEFORE_NAMING_BY_SIDE = Map.ofEntries(
            Map.entry("contact-to-duty", CONTACT_TO_COUNCIL),
            Map.entry("advice-to-duty", ADVICE_REQUEST_TO_COUNCIL),
            Map.entry("message-to-duty", MESSAGE_TO_COUNCIL),
            Map.entry("employer-registration", EMPLOYER_REGISTRATION_TO_COUNCIL),
            Map.entry("carer-report-to-fostering", CARER_REPORT_TO_COUNCIL),
            Map.entry("placement-update-read", PLACEMENT_ACKNOWLEDGEMENT_TO_COUNCIL),
            Map.entry("acknowledgement-to-portal", ACKNOWLEDGEMENT_TO_PARTNER),
            Map.entry("decision-to-portal", DECISION_TO_PARTNER),
            Map.entry("message-to-portal", MESSAGE_TO_PARTNER),
            Map.entry("employer-acknowledgement-to-portal", EMPLOYER_ACKNOWLEDGEMENT_TO_PARTNER),
            Map.entry("offer-acknowledgement-to-portal", OFFER_ACKNOWLEDGEMENT_TO_PARTNER),
            Map.entry("carer-report-acknowledgement", CARER_REPORT_ACKNOWLEDGEMENT_TO_PARTNER),
            Map.entry("deliver-to-duty-service", "deliver-to-council"));

    private Routes() {
    }

    /** A route's id today, given the id a message was written with. */
    static String current(String routeId) {
        return routeId == null ? null : BEFORE_NAMING_BY_SIDE.getOrDefault(routeId, routeId);
    }
}
