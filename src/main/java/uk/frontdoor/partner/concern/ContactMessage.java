package uk.frontdoor.partner.concern;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.frontdoor.contract.ContactV1;
import uk.frontdoor.contract.Request;
import uk.frontdoor.contract.Referrer;
import uk.frontdoor.organisation.Organisation;
import uk.frontdoor.security.CurrentUser;

/** Builds the {@code contact.v1} message (integration-routes/contracts/contact.v1.schema.json). */
final class ContactMessage {

    private ContactMessage() {
    }

    static ContactV1 of(String messageId, String reference, UUID concernId, Instant submittedAt,
            ConcernAnswers answers, CurrentUser referrer, Organisation organisation) {
        int levelOfNeed = Integer.parseInt(answers.getLevelOfNeed());
        return new ContactV1(messageId, reference, concernId.toString(), submittedAt.toString(), "concern",
                LevelOfNeed.ACUTE.number() == levelOfNeed,
                // Always false: the validator refuses "yes"; the contract's const makes a contact that skipped it unsendable.
                ConcernAnswers.YES.equals(answers.getImmediateDanger()),
                referrer(referrer, organisation), child(answers),
                new ContactV1.Concern(List.copyOf(answers.getFactors()), answers.getWhatHappened().strip(),
                        ConcernValidator.dateOf(answers.getWhenHappened()).orElseThrow().toString(),
                        answers.getActionTaken().strip()),
                parents(answers), levelOfNeed, request(answers), given(answers.getChildsVoice()),
                aboutChild(answers));
    }

    /** Only what was given on "Tell us more about the child"; null (left out) when nothing was. */
    static ContactV1.AboutChild aboutChild(ConcernAnswers answers) {
        String disability = given(answers.getDisability());
        String interpreter = given(answers.getInterpreterNeeded());
        ContactV1.AboutChild about = new ContactV1.AboutChild(given(answers.getGender()),
                given(answers.getEthnicity()), given(answers.getFirstLanguage()),
                interpreter == null ? null : ConcernAnswers.YES.equals(interpreter), disability,
                Disability.YES.code().equals(disability) ? given(answers.getDisabilityDetail()) : null,
                given(answers.getGpPractice()), given(answers.getHousehold()),
                given(answers.getParentalResponsibility()), householdMembers(answers), given(answers.getNotToBeShared()));
        return about.equals(new ContactV1.AboutChild(null, null, null, null, null, null, null, null, null, null, null))
                ? null : about;
    }

    /** The people the validator accepted, or null (left out) when none were given. */
    private static List<ContactV1.HouseholdMember> householdMembers(ConcernAnswers answers) {
        List<ContactV1.HouseholdMember> members = answers.getHouseholdMembers().stream()
                .map(member -> new ContactV1.HouseholdMember(member.getName().strip(), member.getRelationship().strip(),
                        ConcernAnswers.YES.equals(member.getLivesWithChild()),
                        ConcernAnswers.YES.equals(member.getParentalResponsibility())))
                .toList();
        return members.isEmpty() ? null : members;
    }

    /** What the referrer would like to happen: its code, and their words for "something else". */
    static Request request(ConcernAnswers answers) {
        return new Request(answers.getRequest(),
                ReferrerRequest.SOMETHING_ELSE.code().equals(answers.getRequest()) ? answers.getRequestDetail().strip() : null);
    }

    static Referrer referrer(CurrentUser user, Organisation organisation) {
        return new Referrer(user.name(), user.mainRole().name(), user.email(), organisation.id(), organisation.name(),
                organisation.referralSource());
    }

    private static ContactV1.Child child(ConcernAnswers answers) {
        boolean ageOnly = answers.isDateOfBirthUnknown();
        return new ContactV1.Child(answers.getChildFirstName().strip(), answers.getChildLastName().strip(),
                ageOnly ? null : ConcernValidator.dateOf(answers.getDateOfBirth()).orElseThrow().toString(),
                ageOnly ? Integer.parseInt(answers.getApproximateAge().strip()) : null,
                answers.getAddress().strip(), ConcernValidator.normalisedPostcode(answers.getPostcode()),
                given(answers.getSchool()), given(ConcernValidator.digitsOnly(answers.getNhsNumber())),
                given(answers.getPupilNumber() == null ? null : answers.getPupilNumber().toUpperCase()));
    }

    private static ContactV1.Parents parents(ConcernAnswers answers) {
        boolean know = ConcernAnswers.YES.equals(answers.getParentsKnow());
        return know ? new ContactV1.Parents(true, answers.getParentsAgree(), null, null)
                : new ContactV1.Parents(false, null, answers.getNotToldReason(),
                        answers.getNotToldExplanation().strip());
    }

    /** Stripped, or null (left out) when not given. */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
