package uk.frontdoor.council.duty;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a contact says about who the child is. Names are as the referrer typed them; the date of birth,
 * postcode, NHS number and unique pupil number may each be missing ({@code null}). In duty, beside the contact
 * it comes from, so that duty.matching depends on duty and not the other way round.
 */
public record ChildParticulars(String firstName, String lastName, LocalDate dateOfBirth, String postcode,
        String nhsNumber, String pupilNumber) {

    public ChildParticulars {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
    }

    public static ChildParticulars named(String firstName, String lastName) {
        return new ChildParticulars(firstName, lastName, null, null, null, null);
    }

    public ChildParticulars bornOn(LocalDate date) {
        return new ChildParticulars(firstName, lastName, date, postcode, nhsNumber, pupilNumber);
    }

    public ChildParticulars livingAt(String postcode) {
        return new ChildParticulars(firstName, lastName, dateOfBirth, postcode, nhsNumber, pupilNumber);
    }

    public ChildParticulars withNhsNumber(String number) {
        return new ChildParticulars(firstName, lastName, dateOfBirth, postcode, number, pupilNumber);
    }

    public ChildParticulars withPupilNumber(String number) {
        return new ChildParticulars(firstName, lastName, dateOfBirth, postcode, nhsNumber, number);
    }

    /** The postcode as compared and stored for matching: capitals, no spaces ("ST41HH"); null if not given. */
    public static String postcodeKey(String postcode) {
        return blankToNull(postcode == null ? null : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }

    /** The NHS number as compared and stored for matching: digits only; null if not given. */
    public static String nhsNumberKey(String number) {
        return blankToNull(number == null ? null : number.replaceAll("[^0-9]", ""));
    }

    /** The unique pupil number as compared and stored for matching: capitals, no spaces; null if not given. */
    public static String pupilNumberKey(String number) {
        return blankToNull(number == null ? null : number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }

    public String postcodeKey() {
        return postcodeKey(postcode);
    }

    public String nhsNumberKey() {
        return nhsNumberKey(nhsNumber);
    }

    public String pupilNumberKey() {
        return pupilNumberKey(pupilNumber);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
