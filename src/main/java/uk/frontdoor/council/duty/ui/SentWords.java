package uk.frontdoor.council.duty.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import uk.frontdoor.partner.concern.Factor;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.partner.concern.NotToldReason;
import uk.frontdoor.partner.concern.ParentsAgreement;
import uk.frontdoor.partner.concern.ReferrerRequest;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.Dates;

/**
 * A contact's codes (contact.v1) in the words the referrer chose from, so the duty worker reads what was sent and
 * not its encoding: dates as GOV.UK writes them, levels and worries by name, the role and reasons in words.
 */
final class SentWords {

    private SentWords() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    /** 14 March 2017; a value that is not a date is shown as it came. */
    static String date(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value.isEmpty() ? "" : Dates.day(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }

    /** Each worry by name with its CIN code, one after another. */
    static String factors(JsonNode concern) {
        return concern.get("factors").valueStream().map(JsonNode::asString)
                .map(code -> Factor.ofCode(code).map(factor -> factor.label() + " (" + code + ")").orElse(code))
                .collect(Collectors.joining("; "));
    }

    static String levelOfNeed(JsonNode sent) {
        JsonNode level = sent.get("levelOfNeed");
        return level == null || level.isNull() ? "" : LevelOfNeed.of(level.asInt()).title();
    }

    static String parentsAgree(JsonNode parents) {
        return ParentsAgreement.ofCode(text(parents, "agree")).map(ParentsAgreement::label).orElse("");
    }

    static String notToldReason(JsonNode parents) {
        return NotToldReason.ofCode(text(parents, "notToldReason")).map(NotToldReason::label).orElse("");
    }

    /** What the referrer would like to happen, in the words they chose ("something else" as they wrote it). */
    static String request(JsonNode sent) {
        JsonNode request = sent.get("request");
        if (request == null || request.isNull()) {
            return "";
        }
        String code = text(request, "code");
        return ReferrerRequest.SOMETHING_ELSE.code().equals(code) ? text(request, "detail")
                : ReferrerRequest.ofCode(code).map(ReferrerRequest::label).orElse(code);
    }

    static String role(JsonNode referrer) {
        return Role.titleOf(text(referrer, "role"));
    }

    static String approximateAge(JsonNode child) {
        String age = text(child, "approximateAge");
        return age.isEmpty() ? "" : "About " + age + (age.equals("1") ? " year" : " years");
    }
}
