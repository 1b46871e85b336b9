package uk.frontdoor.partner.education;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * What a school tells the council about a pupil missing education, as typed; {@link #problems} checks it on the
 * server whatever the browser sent. Dates are ISO (the page's date boxes are joined before they get here).
 */
public record MissingEducationForm(String firstName, String lastName, String dateOfBirth, String address,
        String pupilNumber, String lastAttended, String tried, String knownMove, String safeguardingWorry) {

    public static final String FIRST_NAME = "pupil-first-name";
    public static final String LAST_NAME = "pupil-last-name";
    public static final String DATE_OF_BIRTH = "pupil-date-of-birth";
    public static final String ADDRESS = "pupil-address";
    public static final String PUPIL_NUMBER = "pupil-number";
    public static final String LAST_ATTENDED = "last-attended";
    public static final String TRIED = "what-the-school-tried";
    public static final String KNOWN_MOVE = "known-move";
    public static final String SAFEGUARDING_WORRY = "safeguarding-worry";
    public static final int LONG_TEXT_MAX = 2000;
    private static final Pattern PUPIL_NUMBER_FORMAT = Pattern.compile("^[A-Z][0-9]{11}[0-9A-Z]$");

    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        PlainText.require(errors, FIRST_NAME, firstName, 100, false, "Enter the pupil's first name", "First name");
        PlainText.require(errors, LAST_NAME, lastName, 100, false, "Enter the pupil's last name", "Last name");
        date(dateOfBirth).filter(born -> !born.isAfter(today)).ifPresentOrElse(born -> { },
                () -> errors.add(new FieldError(DATE_OF_BIRTH, "Enter the pupil's date of birth, for example 3 2 2015")));
        PlainText.allow(errors, ADDRESS, address, 500, true, "Address");
        if (given(pupilNumber) && !PUPIL_NUMBER_FORMAT.matcher(pupilNumber.strip().toUpperCase()).matches()) {
            errors.add(new FieldError(PUPIL_NUMBER, "Enter a unique pupil number of a letter, 11 numbers and a letter or number"));
        }
        date(lastAttended).filter(day -> !day.isAfter(today)).ifPresentOrElse(day -> { },
                () -> errors.add(new FieldError(LAST_ATTENDED, "Enter the last day the pupil attended, today or before")));
        PlainText.require(errors, TRIED, tried, LONG_TEXT_MAX, true, "Tell us what the school has tried",
                "What the school has tried");
        PlainText.allow(errors, KNOWN_MOVE, knownMove, LONG_TEXT_MAX, true, "A move you know of");
        if (!"yes".equals(safeguardingWorry) && !"no".equals(safeguardingWorry)) {
            errors.add(new FieldError(SAFEGUARDING_WORRY, "Select yes if you have a safeguarding worry about this pupil"));
        }
        return errors;
    }

    static Optional<LocalDate> date(String iso) {
        try {
            return given(iso) ? Optional.of(LocalDate.parse(iso.strip())) : Optional.empty();
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
