package uk.frontdoor.partner.employer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * What an employer tells the council: its organisation, a contact person, and its Fostering Friendly pledge.
 * Kept as typed (the paid leave days and the date are text) so a wrong answer can be explained, never dropped.
 *
 * Serializable: the answers wait in the person's session between the form and check your answers.
 *
 * @param flexibleWorking        "yes", "no" or null when not answered
 * @param timeForTraining        time off for training and for settling a child in: "yes", "no" or null
 */
public record RegistrationForm(String name, String address, String staffSize, String contactName,
        String contactEmail, String contactPhone, String paidLeaveDays, String flexibleWorking,
        String timeForTraining, String howStaffAreTold, String adoptedDay, String adoptedMonth, String adoptedYear)
        implements java.io.Serializable {

    public static final String NAME = "employer-name";
    public static final String ADDRESS = "employer-address";
    public static final String SIZE = "employer-size";
    public static final String CONTACT_NAME = "contact-name";
    public static final String CONTACT_EMAIL = "contact-email";
    public static final String CONTACT_PHONE = "contact-phone";
    public static final String PAID_LEAVE = "pledge-paid-leave";
    public static final String FLEXIBLE = "pledge-flexible-working";
    public static final String TRAINING = "pledge-time-for-training";
    public static final String HOW_TOLD = "pledge-how-staff-told";
    public static final String ADOPTED = "pledge-adopted";

    /** Staff sizes in the order they are offered. */
    public static final List<String> SIZES = List.of("1-9", "10-49", "50-249", "250+");
    public static final int MAX_LEAVE_DAYS = 30;
    public static final int TEXT_MAX = 1000;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +()-]{10,20}$");

    /** The problems in GOV.UK's words, in the order the questions are asked; checked on the server. */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        PlainText.require(errors, NAME, name, 200, false, "Enter your organisation's name", "Your organisation's name");
        PlainText.require(errors, ADDRESS, address, 500, true, "Enter your organisation's address", "The address");
        if (staffSize == null || !SIZES.contains(staffSize)) {
            errors.add(new FieldError(SIZE, "Select how many staff your organisation has"));
        }
        PlainText.require(errors, CONTACT_NAME, contactName, 200, false, "Enter the contact person's full name",
                "The contact's name");
        if (blank(contactEmail)) {
            errors.add(new FieldError(CONTACT_EMAIL, "Enter the contact person's email address"));
        } else if (contactEmail.strip().length() > 254 || !EMAIL.matcher(contactEmail.strip()).matches()) {
            errors.add(new FieldError(CONTACT_EMAIL, "Enter an email address in the correct format, like name@example.com"));
        }
        if (blank(contactPhone)) {
            errors.add(new FieldError(CONTACT_PHONE, "Enter the contact person's phone number"));
        } else if (!PHONE.matcher(contactPhone.strip()).matches() || contactPhone.replaceAll("[^0-9]", "").length() < 10) {
            errors.add(new FieldError(CONTACT_PHONE, "Enter a phone number, like 01782 235100 or 07700 900 982"));
        }
        if (blank(paidLeaveDays)) {
            errors.add(new FieldError(PAID_LEAVE, "Enter how many days of paid leave a year staff who foster get"));
        } else if (leaveDays() == null) {
            errors.add(new FieldError(PAID_LEAVE, "Paid leave days must be a whole number between 0 and " + MAX_LEAVE_DAYS));
        }
        if (yesNo(flexibleWorking) == null) {
            errors.add(new FieldError(FLEXIBLE, "Select yes if staff who foster can work flexibly"));
        }
        if (yesNo(timeForTraining) == null) {
            errors.add(new FieldError(TRAINING,
                    "Select yes if staff get time off for fostering training and to settle a child in"));
        }
        PlainText.require(errors, HOW_TOLD, howStaffAreTold, TEXT_MAX, true, "Tell us how your staff are told about fostering",
                "How staff are told about fostering");
        if (blank(adoptedDay) && blank(adoptedMonth) && blank(adoptedYear)) {
            errors.add(new FieldError(ADOPTED, "Enter the date you adopted the pledge"));
        } else {
            LocalDate adopted = adoptedOn();
            if (adopted == null) {
                errors.add(new FieldError(ADOPTED, "The date you adopted the pledge must be a real date, like 27 3 2026"));
            } else if (adopted.isAfter(today)) {
                errors.add(new FieldError(ADOPTED, "The date you adopted the pledge must be today or in the past"));
            }
        }
        return errors;
    }

    /** The paid leave days, or null when they are not a whole number from 0 to 30. */
    public Integer leaveDays() {
        if (paidLeaveDays == null || !paidLeaveDays.strip().matches("[0-9]{1,2}")) {
            return null;
        }
        int days = Integer.parseInt(paidLeaveDays.strip());
        return days <= MAX_LEAVE_DAYS ? days : null;
    }

    /** The date the pledge was adopted, or null when it is not a real date. */
    public LocalDate adoptedOn() {
        try {
            return LocalDate.of(Integer.parseInt(adoptedYear.strip()), Integer.parseInt(adoptedMonth.strip()),
                    Integer.parseInt(adoptedDay.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException notADate) {
            return null;
        }
    }

    static Boolean yesNo(String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
