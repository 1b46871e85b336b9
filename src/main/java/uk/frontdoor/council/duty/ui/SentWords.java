package uk.frontdoor.council.duty.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import uk.frontdoor.contract.ContactV1;
import uk.frontdoor.contract.Request;
import uk.frontdoor.partner.concern.ChildGender;
import uk.frontdoor.partner.concern.Disability;
import uk.frontdoor.partner.concern.Ethnicity;
import uk.frontdoor.partner.concern.Factor;
import uk.frontdoor.partner.concern.HouseholdMember;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.partner.concern.NotToldReason;
import uk.frontdoor.partner.concern.ParentsAgreement;
import uk.frontdoor.partner.concern.ReferrerRequest;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.SummaryList;

/**
 * A contact's codes (contact.v1) in the words the referrer chose from, so the duty worker reads what was sent and
 * not its encoding: dates as GOV.UK writes them, levels and worries by name, the role and reasons in words.
 */
final class SentWords {

    private SentWords() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** 14 March 2017; a value that is not a date is shown as it came. */
    static String date(String value) {
        try {
            return value == null || value.isEmpty() ? "" : Dates.day(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }

    /** Each worry by name with its CIN code, one after another. */
    static String factors(List<String> codes) {
        return codes.stream()
                .map(code -> Factor.ofCode(code).map(factor -> factor.label() + " (" + code + ")").orElse(code))
                .collect(Collectors.joining("; "));
    }

    static String levelOfNeed(int level) {
        return LevelOfNeed.of(level).title();
    }

    static String parentsAgree(String agree) {
        return ParentsAgreement.ofCode(text(agree)).map(ParentsAgreement::label).orElse("");
    }

    static String notToldReason(String reason) {
        return NotToldReason.ofCode(text(reason)).map(NotToldReason::label).orElse("");
    }

    /** What the referrer would like to happen, in the words they chose ("something else" as they wrote it). */
    static String request(Request request) {
        return request == null ? "" : ReferrerRequest.inWords(request.code(), request.detail());
    }

    /** Annex A's gender letter in the words the referrer chose. */
    static String gender(String code) {
        return code == null ? "" : ChildGender.ofCode(code).map(ChildGender::label).orElse(code);
    }

    /** The DfE ethnicity code in words, with the code. */
    static String ethnicity(String code) {
        return code == null ? "" : Ethnicity.ofCode(code).map(e -> e.label() + " (" + code + ")").orElse(code);
    }

    static String disability(String code) {
        return code == null ? "" : Disability.ofCode(code).map(Disability::label).orElse(code);
    }

    static String yesNo(Boolean answer) {
        return answer == null ? "" : answer ? "Yes" : "No";
    }

    /** A row for each person in the household, in the words the referrer checked them in; none for an older contact. */
    static void household(SummaryList list, List<ContactV1.HouseholdMember> members) {
        if (members == null) {
            return;
        }
        for (int place = 0; place < members.size(); place++) {
            ContactV1.HouseholdMember member = members.get(place);
            list.row(HouseholdMember.label(place + 1), HouseholdMember.inWords(member.name(), member.relationship(),
                    member.livesWithChild(), member.parentalResponsibility()));
        }
    }

    static String role(String role) {
        return Role.titleOf(text(role));
    }

    static String approximateAge(Integer age) {
        return age == null ? "" : "About " + age + (age == 1 ? " year" : " years");
    }
}
