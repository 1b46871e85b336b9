package uk.frontdoor.partner.concern;

import uk.frontdoor.news.UkMobileNumber;
import uk.frontdoor.news.HowToTell;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.validation.FieldError;

/** The rules the server applies whatever the browser sent. */
class ConcernValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<HowToTell> EVERY_WAY = List.of(HowToTell.values());

    @Test
    void a_complete_concern_has_no_errors() {
        assertThat(ConcernValidator.check(ConcernStep.CHECK, Answers.complete("Ava", "Smith"), TODAY, EVERY_WAY)).isEmpty();
    }

    @Test
    void yes_to_immediate_danger_leads_to_999_and_can_never_be_sent_as_a_concern() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setImmediateDanger(ConcernAnswers.YES);
        assertThat(messages(ConcernStep.DANGER, answers)).as("a right answer on its own page").isEmpty();
        assertThat(messages(ConcernStep.CHECK, answers))
                .containsExactly("A child in immediate danger cannot wait for a contact: call 999 now");
    }

    @ParameterizedTest
    @CsvSource({
            "31, 2, 2016, Date of birth must be a real date",
            "29, 2, 2015, Date of birth must be a real date",
            "0, 1, 2016, Date of birth must be a real date",
            "1, 13, 2016, Date of birth must be a real date",
            "a, 1, 2016, Date of birth must be a real date",
            "1, 1, 16, Year must include 4 numbers",
            "23, 11, 2026, Date of birth must be today or in the past",
            "1, 1, 1990, Date of birth must be a real date in the last 25 years",
            "1, 1, 2005, 'The child must be under 18. For an adult, contact adult social care'",
            "'', 1, 2016, Date of birth must include a day",
            "'', '', 2016, Date of birth must include a day and a month"})
    void dates_of_birth_that_cannot_be_right_are_explained(String day, String month, String year, String message) {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setDateOfBirth(new ConcernAnswers.DateAnswer(day, month, year));
        assertThat(messages(ConcernStep.CHILD, answers)).containsExactly(message);
    }

    @Test
    void a_leap_day_birthday_is_a_real_date() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setDateOfBirth(new ConcernAnswers.DateAnswer("29", "2", "2016"));
        assertThat(messages(ConcernStep.CHILD, answers)).isEmpty();
    }

    @Test
    void without_a_date_of_birth_an_approximate_age_under_18_is_needed() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setDateOfBirthUnknown(true);
        answers.setApproximateAge("");
        assertThat(messages(ConcernStep.CHILD, answers)).containsExactly("Enter the child's approximate age");
        answers.setApproximateAge("19");
        assertThat(messages(ConcernStep.CHILD, answers))
                .containsExactly("Approximate age must be a whole number from 0 to 17");
        answers.setApproximateAge("9");
        assertThat(messages(ConcernStep.CHILD, answers)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"943 476 5919, true", "9434765919, true", "943-476-5919, true", "9434765918, false",
            "123456789, false", "12345678901, false"})
    void nhs_numbers_are_checked_with_their_check_digit(String number, boolean valid) {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setNhsNumber(number);
        assertThat(messages(ConcernStep.CHILD, answers).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"st41hh, ST4 1HH", "ST4  1HH, ST4 1HH", "sw1a1aa, SW1A 1AA"})
    void postcodes_are_accepted_however_they_are_typed(String typed, String stored) {
        assertThat(ConcernValidator.normalisedPostcode(typed)).isEqualTo(stored);
    }

    @Test
    void text_over_its_limit_is_refused_with_the_limit_named() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setChildFirstName("A".repeat(ConcernValidator.NAME_MAX + 1));
        answers.setActionTaken("b".repeat(ConcernValidator.LONG_TEXT_MAX + 1));
        assertThat(messages(ConcernStep.CHECK, answers)).containsExactly(
                "First name must be 100 characters or fewer", "What you have already done must be 2000 characters or fewer");
    }

    @Test
    void a_factor_code_that_is_not_on_the_cin_list_is_refused() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setFactors(java.util.Set.of("16A", "99Z"));
        assertThat(messages(ConcernStep.WORRY, answers)).containsExactly("Select what you are worried about from the list");
    }

    @Test
    void a_level_of_need_outside_one_to_four_is_refused() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setLevelOfNeed("5");
        assertThat(messages(ConcernStep.LEVEL, answers)).containsExactly("Select the level of need you think the child has");
    }

    @Test
    void every_error_belongs_to_the_page_that_asks_for_it() {
        ConcernAnswers empty = new ConcernAnswers();
        for (FieldError error : ConcernValidator.check(ConcernStep.CHECK, empty, TODAY, EVERY_WAY)) {
            ConcernStep page = ConcernValidator.stepOf(error.field());
            assertThat(ConcernValidator.check(page, empty, TODAY, EVERY_WAY)).contains(error);
        }
    }

    @Test
    void hearing_news_needs_a_choice_and_a_text_message_needs_a_uk_mobile_number() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setHowToTell(null);
        assertThat(messages(ConcernStep.NEWS, answers)).containsExactly("Select how we should tell you there is news");
        answers.setHowToTell("text");
        assertThat(messages(ConcernStep.NEWS, answers)).containsExactly("Enter your mobile number");
        answers.setMobileNumber("01782 235100");
        assertThat(messages(ConcernStep.NEWS, answers)).containsExactly("Enter a UK mobile number, like 07700 900 982");
        answers.setMobileNumber("07700 900 982");
        assertThat(messages(ConcernStep.NEWS, answers)).isEmpty();
    }

    @Test
    void an_email_address_given_for_news_is_checked_and_without_one_the_sign_in_address_is_used() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setHowToTell("email");
        assertThat(messages(ConcernStep.NEWS, answers)).as("not given on the page, as through the API").isEmpty();
        assertThat(answers.emailFor("teacher@example.org")).isEqualTo("teacher@example.org");
        for (String wrong : List.of("teacher", "teacher@example", "teacher@@example.org", "a b@example.org")) {
            answers.setEmail(wrong);
            assertThat(messages(ConcernStep.NEWS, answers)).as(wrong)
                    .containsExactly("Enter an email address in the correct format, like name@example.com");
        }
        answers.setEmail("  ");
        assertThat(messages(ConcernStep.NEWS, answers)).containsExactly("Enter your email address");
        answers.setEmail("x".repeat(250) + "@example.org");
        assertThat(messages(ConcernStep.NEWS, answers)).contains("Email address must be 254 characters or fewer");
        answers.setEmail(" safeguarding@springfield.sch.uk ");
        assertThat(messages(ConcernStep.NEWS, answers)).isEmpty();
        assertThat(answers.emailFor("teacher@example.org")).isEqualTo("safeguarding@springfield.sch.uk");
    }

    @Test
    void a_way_of_hearing_news_that_was_not_offered_is_refused() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setHowToTell("text");
        answers.setMobileNumber("07700 900 982");
        List<HowToTell> withoutNotify = List.of(HowToTell.EMAIL, HowToTell.DO_NOT_TELL);
        assertThat(ConcernValidator.check(ConcernStep.NEWS, answers, TODAY, withoutNotify))
                .containsExactly(new FieldError(ConcernValidator.HOW_TO_TELL, "Select how we should tell you there is news"));
        answers.setHowToTell("pigeon");
        assertThat(messages(ConcernStep.NEWS, answers)).containsExactly("Select how we should tell you there is news");
    }

    @ParameterizedTest
    @CsvSource({"07700 900 982, 07700900982", "07700900982, 07700900982", "+44 7700 900982, 07700900982",
            "+44 (0)7700 900982, 07700900982", "0044 7700 900 982, 07700900982", "447700900982, 07700900982",
            "07700-900-982, 07700900982", "0770 090 098, ''", "077009009821, ''", "01782 235100, ''",
            "08001111, ''", "seven seven, ''"})
    void uk_mobile_numbers_are_accepted_however_they_are_typed(String typed, String stored) {
        assertThat(UkMobileNumber.parse(typed).map(UkMobileNumber::digits).orElse("")).isEqualTo(stored);
    }

    @Test
    void a_control_character_in_any_text_is_a_field_error_and_a_line_break_only_in_long_text() {
        ConcernAnswers answers = Answers.complete("Ava\u0000", "Smith");
        answers.setAddress("1 Station Road\u0000");
        answers.setWhatHappened("Came in hungry.\u001b[2J");
        answers.setPostcode("ST4\u00001HH");
        assertThat(ConcernValidator.check(ConcernStep.CHECK, answers, TODAY, EVERY_WAY))
                .extracting(FieldError::field, FieldError::message)
                .contains(org.assertj.core.groups.Tuple.tuple(ConcernValidator.FIRST_NAME,
                                "First name must not contain control characters"),
                        org.assertj.core.groups.Tuple.tuple(ConcernValidator.ADDRESS,
                                "Address must not contain control characters (line breaks and tabs are fine)"),
                        org.assertj.core.groups.Tuple.tuple(ConcernValidator.WHAT_HAPPENED,
                                "What you saw or heard must not contain control characters (line breaks and tabs are fine)"),
                        org.assertj.core.groups.Tuple.tuple(ConcernValidator.POSTCODE,
                                "Postcode must not contain control characters"));

        ConcernAnswers withLineBreaks = Answers.complete("Ava", "Smith");
        withLineBreaks.setAddress("1 Station Road\r\nStoke-on-Trent");
        withLineBreaks.setWhatHappened("First this.\n\tThen that.");
        assertThat(messages(ConcernStep.CHECK, withLineBreaks)).isEmpty();
        withLineBreaks.setChildFirstName("Ava\nSmith");
        assertThat(messages(ConcernStep.CHILD, withLineBreaks)).containsExactly("First name must not contain control characters");
    }

    @Test
    void every_text_keeps_its_limit_whatever_the_other_answers_make_of_it() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setParentsKnow(ConcernAnswers.YES);
        answers.setNotToldExplanation("x".repeat(ConcernValidator.LONG_TEXT_MAX + 1));
        answers.setNotToldReason("y".repeat(1_000_000));
        assertThat(messages(ConcernStep.PARENTS, answers)).containsExactly(
                "The reason must be " + ConcernValidator.SHORT_TEXT_MAX + " characters or fewer",
                "Your explanation must be " + ConcernValidator.LONG_TEXT_MAX + " characters or fewer");

        ConcernAnswers ageInstead = Answers.complete("Ava", "Smith");
        ageInstead.setDateOfBirthUnknown(true);
        ageInstead.setApproximateAge("9");
        ageInstead.setDateOfBirth(new ConcernAnswers.DateAnswer("1", "1", "2".repeat(100)));
        ageInstead.setMobileNumber("0".repeat(100)); // typed, then email chosen instead
        assertThat(messages(ConcernStep.CHECK, ageInstead)).containsExactly(
                "Year must be " + ConcernValidator.SHORT_TEXT_MAX + " characters or fewer",
                "Mobile number must be " + ConcernValidator.SHORT_TEXT_MAX + " characters or fewer");
    }

    @Test
    void more_about_the_child_is_all_optional_and_each_answer_given_must_be_from_its_list() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        assertThat(messages(ConcernStep.MORE, answers)).as("nothing given").isEmpty();
        answers.setGender("a");
        answers.setEthnicity("REFU");
        answers.setInterpreterNeeded(ConcernAnswers.NO);
        answers.setDisability("not-known");
        assertThat(messages(ConcernStep.MORE, answers)).isEmpty();
        answers.setGender("male");
        answers.setEthnicity("WELSH");
        answers.setInterpreterNeeded("maybe");
        answers.setDisability("true");
        assertThat(messages(ConcernStep.MORE, answers)).containsExactly(
                "Select the child's gender from the list, or leave it unanswered",
                "Select the child's ethnicity from the list, or leave it unanswered",
                "Select yes if the child or family needs an interpreter, or leave it unanswered",
                "Select yes if the child has a disability, or leave it unanswered");
        assertThat(messages(ConcernStep.CHECK, answers)).as("and on sending").hasSize(4);
        assertThat(ConcernValidator.check(ConcernStep.CHECK, answers, TODAY, EVERY_WAY).stream()
                .map(error -> ConcernValidator.stepOf(error.field())).distinct().toList())
                .as("each sends the person back to the page that asked").containsExactly(ConcernStep.MORE);
    }

    @Test
    void more_about_the_childs_texts_keep_their_limits_and_refuse_control_characters() {
        ConcernAnswers answers = Answers.complete("Ava", "Smith");
        answers.setFirstLanguage("Polish\u0007");
        answers.setGpPractice("x".repeat(ConcernValidator.SCHOOL_MAX + 1));
        answers.setHousehold("Mother\nStepfather, Dan");
        answers.setParentalResponsibility("y".repeat(ConcernValidator.LONG_TEXT_MAX + 1));
        answers.setNotToBeShared("The new address\u0000");
        answers.setDisabilityDetail("z".repeat(ConcernValidator.LONG_TEXT_MAX + 1));
        assertThat(messages(ConcernStep.MORE, answers)).containsExactly(
                "First language must not contain control characters",
                "About the disability must be 2000 characters or fewer",
                "GP practice must be 200 characters or fewer",
                "Who has parental responsibility must be 2000 characters or fewer",
                "What must not be shared with the family must not contain control characters (line breaks and tabs are fine)");
    }

    private static List<String> messages(ConcernStep step, ConcernAnswers answers) {
        return ConcernValidator.check(step, answers, TODAY, EVERY_WAY).stream().map(FieldError::message).toList();
    }
}
