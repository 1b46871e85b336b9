package uk.frontdoor.partner.concern;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import uk.frontdoor.organisation.Organisation;
import uk.frontdoor.security.CurrentUser;

/** Builds the {@code contact.v1} message (integration-routes/contracts/contact.v1.schema.json). */
final class ContactMessage {


    private ContactMessage() {
    }

    static Map<String, Object> of(String messageId, String reference, UUID concernId, Instant submittedAt,
            ConcernAnswers answers, CurrentUser referrer, Organisation organisation) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("contract", "contact.v1");
        message.put("messageId", messageId);
        message.put("reference", reference);
        message.put("concernId", concernId.toString());
        message.put("submittedAt", submittedAt.toString());
        message.put("kind", "concern");
        // Always false: the validator refuses "yes"; the contract's const makes a contact that skipped it unsendable.
        message.put("immediateDanger", ConcernAnswers.YES.equals(answers.getImmediateDanger()));
        message.put("urgent", LevelOfNeed.ACUTE.number() == Integer.parseInt(answers.getLevelOfNeed()));
        message.put("referrer", referrer(referrer, organisation));
        message.put("child", child(answers));
        message.put("concern", Map.of(
                "factors", answers.getFactors(),
                "whatHappened", answers.getWhatHappened().strip(),
                "whenHappened", ConcernValidator.dateOf(answers.getWhenHappened()).orElseThrow().toString(),
                "actionTaken", answers.getActionTaken().strip()));
        message.put("parents", parents(answers));
        message.put("levelOfNeed", Integer.parseInt(answers.getLevelOfNeed()));
        message.put("request", request(answers));
        if (answers.getChildsVoice() != null && !answers.getChildsVoice().isBlank()) {
            message.put("childsVoice", answers.getChildsVoice().strip());
        }
        return message;
    }

    /** What the referrer would like to happen: its code, and their words for "something else". */
    static Map<String, Object> request(ConcernAnswers answers) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", answers.getRequest());
        if (ReferrerRequest.SOMETHING_ELSE.code().equals(answers.getRequest())) {
            request.put("detail", answers.getRequestDetail().strip());
        }
        return request;
    }

    static Map<String, Object> referrer(CurrentUser user, Organisation organisation) {
        Map<String, Object> referrer = new LinkedHashMap<>();
        referrer.put("name", user.name());
        referrer.put("role", user.mainRole().name());
        if (user.email() != null) {
            referrer.put("email", user.email());
        }
        referrer.put("organisationId", organisation.id());
        referrer.put("organisationName", organisation.name());
        referrer.put("referralSource", organisation.referralSource());
        return referrer;
    }

    private static Map<String, Object> child(ConcernAnswers answers) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("firstName", answers.getChildFirstName().strip());
        child.put("lastName", answers.getChildLastName().strip());
        if (answers.isDateOfBirthUnknown()) {
            child.put("approximateAge", Integer.parseInt(answers.getApproximateAge().strip()));
        } else {
            child.put("dateOfBirth", ConcernValidator.dateOf(answers.getDateOfBirth()).orElseThrow().toString());
        }
        child.put("address", answers.getAddress().strip());
        child.put("postcode", ConcernValidator.normalisedPostcode(answers.getPostcode()));
        putIfGiven(child, "school", answers.getSchool());
        putIfGiven(child, "nhsNumber", ConcernValidator.digitsOnly(answers.getNhsNumber()));
        putIfGiven(child, "pupilNumber", answers.getPupilNumber() == null ? null : answers.getPupilNumber().toUpperCase());
        return child;
    }

    private static Map<String, Object> parents(ConcernAnswers answers) {
        Map<String, Object> parents = new LinkedHashMap<>();
        boolean know = ConcernAnswers.YES.equals(answers.getParentsKnow());
        parents.put("know", know);
        if (know) {
            parents.put("agree", answers.getParentsAgree());
        } else {
            parents.put("notToldReason", answers.getNotToldReason());
            parents.put("notToldExplanation", answers.getNotToldExplanation().strip());
        }
        return parents;
    }

    private static void putIfGiven(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
