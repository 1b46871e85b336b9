package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code contact.v1}: a concern about a child, sent to the duty service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactV1(String contract, String messageId, String reference, String concernId, String submittedAt,
        String kind, boolean urgent, Boolean immediateDanger, Referrer referrer, Child child, Concern concern,
        Parents parents, int levelOfNeed, Request request, String childsVoice, AboutChild aboutChild) implements Contract {

    public static final String NAME = "contact.v1";

    public ContactV1(String messageId, String reference, String concernId, String submittedAt, String kind,
            boolean urgent, Boolean immediateDanger, Referrer referrer, Child child, Concern concern, Parents parents,
            int levelOfNeed, Request request, String childsVoice, AboutChild aboutChild) {
        this(NAME, messageId, reference, concernId, submittedAt, kind, urgent, immediateDanger, referrer, child,
                concern, parents, levelOfNeed, request, childsVoice, aboutChild);
    }


    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Child(String firstName, String lastName, String dateOfBirth, Integer approximateAge, String address,
            String postcode, String school, String nhsNumber, String pupilNumber) {
    }

    /**
     * What the referrer chose to tell about the child beyond the form's must-haves, each left out when not given:
     * gender as Annex A's letter, ethnicity as the DfE code, the people in the household, and what must not be shared
     * with the family. {@code household} and {@code parentalResponsibility} are the free text older contacts carry.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AboutChild(String gender, String ethnicity, String firstLanguage, Boolean interpreterNeeded,
            String disability, String disabilityDetail, String gpPractice, String household,
            String parentalResponsibility, List<HouseholdMember> householdMembers, String notToBeShared) {
    }

    /** One person in the child's household. */
    public record HouseholdMember(String name, String relationship, boolean livesWithChild,
            boolean parentalResponsibility) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Concern(List<String> factors, String whatHappened, String whenHappened, String actionTaken) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parents(boolean know, String agree, String notToldReason, String notToldExplanation) {
    }
}
