package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code employer-registration.v1}: an employer registers as Fostering Friendly, with one version of its pledge. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmployerRegistrationV1(String contract, String messageId, String organisationId, int version,
        String submittedAt, Employer employer, Contact contact, Pledge pledge) implements Contract {

    public static final String NAME = "employer-registration.v1";

    public EmployerRegistrationV1(String messageId, String organisationId, int version, String submittedAt,
            Employer employer, Contact contact, Pledge pledge) {
        this(NAME, messageId, organisationId, version, submittedAt, employer, contact, pledge);
    }

    public record Employer(String name, String address, String staffSize) {
    }

    public record Contact(String name, String email, String phone) {
    }

    public record Pledge(int paidLeaveDays, boolean flexibleWorking, boolean timeForTrainingAndSettling,
            String howStaffAreTold, String adoptedOn) {
    }
}
