package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code contact.v1}: a concern about a child, sent to the duty service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactV1(String contract, String messageId, String reference, String concernId, String submittedAt,
        String kind, boolean urgent, Boolean immediateDanger, Referrer referrer, Child child, Concern concern,
        Parents parents, int levelOfNeed, Request request, String childsVoice) implements Contract {

    public static final String NAME = "contact.v1";

    public ContactV1(String messageId, String reference, String concernId, String submittedAt, String kind,
            boolean urgent, Boolean immediateDanger, Referrer referrer, Child child, Concern concern, Parents parents,
            int levelOfNeed, Request request, String childsVoice) {
        this(NAME, messageId, reference, concernId, submittedAt, kind, urgent, immediateDanger, referrer, child,
                concern, parents, levelOfNeed, request, childsVoice);
    }


    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Child(String firstName, String lastName, String dateOfBirth, Integer approximateAge, String address,
            String postcode, String school, String nhsNumber, String pupilNumber) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Concern(List<String> factors, String whatHappened, String whenHappened, String actionTaken) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parents(boolean know, String agree, String notToldReason, String notToldExplanation) {
    }
}
