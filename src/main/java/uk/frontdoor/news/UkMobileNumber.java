package uk.frontdoor.news;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK mobile number however people type it (spaces, dashes, +44, 0044, "(0)"), kept as 07 and nine digits: the
 * form GOV.UK Notify and notification.v1 take.
 */
public record UkMobileNumber(String digits) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
    private static final Pattern NATIONAL = Pattern.compile("7[0-9]{9}");

    public static Optional<UkMobileNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String number = SEPARATORS.matcher(typed).replaceAll("");
        if (number.startsWith("+44")) {
            number = number.substring(3);
        } else if (number.startsWith("0044")) {
            number = number.substring(4);
        } else if (number.startsWith("44") && number.length() == 12) {
            number = number.substring(2);
        }
        if (number.startsWith("0")) {
            number = number.substring(1);
        }
        return NATIONAL.matcher(number).matches() ? Optional.of(new UkMobileNumber("0" + number)) : Optional.empty();
    }

    /** As people read it back: 07700 900982. */
    public String spaced() {
        return digits.substring(0, 5) + " " + digits.substring(5);
    }
}
