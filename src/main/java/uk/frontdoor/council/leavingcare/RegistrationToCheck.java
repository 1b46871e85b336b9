package uk.frontdoor.council.leavingcare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Council side: an employer's registration as it arrived, for the leaving care team to check. */
public record RegistrationToCheck(UUID id, String organisationId, String name, int version, Instant receivedAt,
        String status, String address, String staffSize, String contactName, String contactEmail, String contactPhone,
        int paidLeaveDays, boolean flexibleWorking, boolean timeForTraining, String howStaffAreTold,
        LocalDate adoptedOn, String reason) {
}
