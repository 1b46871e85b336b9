package uk.frontdoor.partner.employer;

import java.time.Instant;
import java.time.LocalDate;

/** One version of an employer's Fostering Friendly pledge. Versions are never changed, only added. */
public record PledgeVersion(int version, int paidLeaveDays, boolean flexibleWorking, boolean timeForTraining,
        String howStaffAreTold, LocalDate adoptedOn, Instant recordedAt, String recordedBy) {
}
