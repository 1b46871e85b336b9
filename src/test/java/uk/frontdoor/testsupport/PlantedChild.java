package uk.frontdoor.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import uk.frontdoor.partner.concern.ConcernAnswers;

/**
 * A child's details no log line or dead-letter reason may ever hold: a name, an address, an NHS number, and an email
 * and a phone number in the account of what happened, each distinctive enough to be found anywhere it leaks.
 */
public final class PlantedChild {

    public static final String FIRST_NAME = "Zephyrinecanary";
    public static final String LAST_NAME = "Quillfeathercanary";
    public static final String ADDRESS = "17 Wobbletoncanary Crescent";
    public static final String NHS_NUMBER = "401 023 8178";
    public static final String EMAIL = "zephyrine.canary@plant.example";
    public static final String PHONE = "07700 900461";
    /** Every planted value, also as a system writes them (numbers without spaces). */
    public static final List<String> VALUES = List.of(FIRST_NAME, LAST_NAME, "Wobbletoncanary", NHS_NUMBER,
            NHS_NUMBER.replace(" ", ""), EMAIL, PHONE, PHONE.replace(" ", ""));

    private PlantedChild() {
    }

    /** A complete concern about the planted child; {@code tag} tells several of them apart. */
    public static ConcernAnswers concern(String tag) {
        ConcernAnswers answers = Answers.complete(FIRST_NAME, LAST_NAME + tag);
        answers.setAddress(ADDRESS + ", Stoke-on-Trent");
        answers.setNhsNumber(NHS_NUMBER);
        answers.setWhatHappened("Told me at break. Mum is on " + PHONE + " and " + EMAIL + ".");
        return answers;
    }

    /** Fails naming the value if any planted value is in the text (case aside). */
    public static void assertNoneIn(String what, String text) {
        for (String planted : VALUES) {
            assertThat(text).as(what).doesNotContainIgnoringCase(planted);
        }
    }

    public static void assertNoneIn(String what, Collection<String> texts) {
        texts.forEach(text -> assertNoneIn(what, text));
    }
}
