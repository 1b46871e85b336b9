package uk.frontdoor.partner.employer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * An employer's offer as typed, so a wrong answer can be explained rather than dropped; checked on the server.
 *
 * @param guaranteedInterview "yes", "no" or null when not answered
 */
public record OfferForm(OfferType type, String title, String description, String location, boolean remote,
        String hours, String ageFrom, String ageTo, String closingDay, String closingMonth, String closingYear,
        String guaranteedInterview, String places) {

    public static final String TYPE = "offer-type";
    public static final String TITLE = "offer-title";
    public static final String DESCRIPTION = "offer-description";
    public static final String LOCATION = "offer-location";
    public static final String REMOTE = "offer-remote";
    public static final String HOURS = "offer-hours";
    public static final String AGE_FROM = "offer-age-from";
    public static final String AGE_TO = "offer-age-to";
    public static final String CLOSING = "offer-closing";
    public static final String INTERVIEW = "offer-guaranteed-interview";
    public static final String PLACES = "offer-places";

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int LOCATION_MAX = 120;
    public static final int HOURS_MAX = 100;
    public static final int AGE_MIN = 16;
    public static final int AGE_MAX = 25;
    public static final int PLACES_MAX = 50;

    /** The problems in GOV.UK's words, in the order the questions are asked. */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError(TYPE, "Select the type of offer"));
        }
        PlainText.require(errors, TITLE, title, TITLE_MAX, false, "Enter a title for the offer", "The title");
        PlainText.require(errors, DESCRIPTION, description, DESCRIPTION_MAX, true, "Describe the offer", "The description");
        if (blank(location) && !remote) {
            errors.add(new FieldError(LOCATION, "Enter a town or postcode, or select that it can be done remotely"));
        } else {
            PlainText.allow(errors, LOCATION, location, LOCATION_MAX, false, "The town or postcode");
        }
        PlainText.require(errors, HOURS, hours, HOURS_MAX, false, "Enter the hours, like 30 a week", "The hours");
        Integer from = age(ageFrom);
        Integer to = age(ageTo);
        if (from == null) {
            errors.add(new FieldError(AGE_FROM, "The youngest age must be a whole number from " + AGE_MIN + " to " + AGE_MAX));
        }
        if (to == null) {
            errors.add(new FieldError(AGE_TO, "The oldest age must be a whole number from " + AGE_MIN + " to " + AGE_MAX));
        } else if (from != null && to < from) {
            errors.add(new FieldError(AGE_TO, "The oldest age must be the same as or more than the youngest age"));
        }
        if (blank(closingDay) && blank(closingMonth) && blank(closingYear)) {
            errors.add(new FieldError(CLOSING, "Enter the closing date"));
        } else {
            LocalDate closing = closingDate();
            if (closing == null) {
                errors.add(new FieldError(CLOSING, "The closing date must be a real date, like 27 3 2027"));
            } else if (closing.isBefore(today)) {
                errors.add(new FieldError(CLOSING, "The closing date must be today or in the future"));
            }
        }
        if (RegistrationForm.yesNo(guaranteedInterview) == null) {
            errors.add(new FieldError(INTERVIEW, "Select yes if young people who apply are guaranteed an interview"));
        }
        if (placeCount() == null) {
            errors.add(new FieldError(PLACES, "The number of places must be a whole number from 1 to " + PLACES_MAX));
        }
        return errors;
    }

    public Integer ageFromValue() {
        return age(ageFrom);
    }

    public Integer ageToValue() {
        return age(ageTo);
    }

    public Integer placeCount() {
        Integer count = number(places);
        return count != null && count >= 1 && count <= PLACES_MAX ? count : null;
    }

    public LocalDate closingDate() {
        try {
            return LocalDate.of(Integer.parseInt(closingYear.strip()), Integer.parseInt(closingMonth.strip()),
                    Integer.parseInt(closingDay.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException notADate) {
            return null;
        }
    }

    public boolean interviewGuaranteed() {
        return Boolean.TRUE.equals(RegistrationForm.yesNo(guaranteedInterview));
    }

    /** The location as saved: stripped, or null when blank. */
    public String locationValue() {
        return blank(location) ? null : location.strip();
    }

    public static String where(String location, boolean remote) {
        if (location == null || location.isBlank()) {
            return "Remote";
        }
        return remote ? location + ", or remote" : location;
    }

    private static Integer age(String text) {
        Integer age = number(text);
        return age != null && age >= AGE_MIN && age <= AGE_MAX ? age : null;
    }

    private static Integer number(String text) {
        return text != null && text.strip().matches("[0-9]{1,3}") ? Integer.valueOf(text.strip()) : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
