package uk.frontdoor.council.duty.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.frontdoor.council.duty.ChildParticulars;

/** True matches are found with each tolerance; different children with similar names are never merged. */
class ChildMatcherTest {

    private static final ChildMatcher MATCHER = ChildMatcher.withShippedNicknames();
    private static final LocalDate BORN = LocalDate.of(2016, 5, 12);
    private static final String POSTCODE = "ST4 1HH";

    private static ChildParticulars child(String firstName, String lastName) {
        return ChildParticulars.named(firstName, lastName).bornOn(BORN).livingAt(POSTCODE);
    }

    private static ChildMatch compare(ChildParticulars a, ChildParticulars b) {
        ChildMatch one = MATCHER.compare(a, b);
        assertThat(MATCHER.compare(b, a).verdict()).as("the same either way round").isEqualTo(one.verdict());
        return one;
    }

    private static MatchVerdict verdict(String firstA, String lastA, String firstB, String lastB) {
        return compare(child(firstA, lastA), child(firstB, lastB)).verdict();
    }

    // True matches

    @Test
    void the_same_nhs_number_is_a_match_whatever_else_differs() {
        ChildMatch match = compare(child("Jon", "Smith").withNhsNumber("943 476 5919"),
                ChildParticulars.named("Jonathan", "Smith-Jones").withNhsNumber("9434765919").livingAt("ST6 3AB"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.MATCH);
        assertThat(match.reason()).isEqualTo("Same NHS number");
    }

    @Test
    void the_same_unique_pupil_number_is_a_match_whatever_else_differs() {
        ChildMatch match = compare(child("Kate", "Jones").withPupilNumber("A123456789012"),
                ChildParticulars.named("Katherine", "Jones").withPupilNumber("a123456789012"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.MATCH);
        assertThat(match.reason()).isEqualTo("Same unique pupil number");
    }

    @Test
    void the_same_name_date_of_birth_and_postcode_is_a_likely_match() {
        ChildMatch match = compare(child("Ava", "Smith"), child("Ava", "Smith"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.LIKELY);
        assertThat(match.reason()).isEqualTo("Same date of birth and postcode, same name");
    }

    @Test
    void a_likely_match_needs_no_identifier_on_one_side_only() {
        assertThat(compare(child("Ava", "Smith").withNhsNumber("9434765919"), child("Ava", "Smith")).verdict())
                .isEqualTo(MatchVerdict.LIKELY);
    }

    @Test
    void case_and_accents_are_ignored() {
        assertThat(verdict("ZOË", "MÜLLER", "zoe", "muller")).isEqualTo(MatchVerdict.LIKELY);
        assertThat(verdict("Chloé", "O'Brien", "Chloe", "OBrien")).isEqualTo(MatchVerdict.LIKELY);
    }

    @Test
    void hyphens_and_spaces_are_ignored() {
        assertThat(verdict("Mary-Jane", "Smith-Jones", "Mary Jane", "Smith Jones")).isEqualTo(MatchVerdict.LIKELY);
        assertThat(verdict("Maryjane", "Smith Jones", "Mary-Jane", "Smithjones")).isEqualTo(MatchVerdict.LIKELY);
    }

    @Test
    void postcodes_are_compared_without_spaces_or_case() {
        assertThat(compare(ChildParticulars.named("Ava", "Smith").bornOn(BORN).livingAt("st41hh"),
                ChildParticulars.named("Ava", "Smith").bornOn(BORN).livingAt(" ST4  1HH ")).verdict())
                .isEqualTo(MatchVerdict.LIKELY);
    }

    @Test
    void a_missing_or_extra_middle_name_is_allowed() {
        ChildMatch match = compare(child("Katie Louise", "Smith"), child("Katie", "Smith"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.LIKELY);
        assertThat(match.reason()).isEqualTo("Same date of birth and postcode, names alike allowing a missing middle name");
        assertThat(verdict("John Paul George", "Smith", "John George", "Smith")).isEqualTo(MatchVerdict.LIKELY);
    }

    @Test
    void a_middle_initial_agrees_with_the_middle_name() {
        assertThat(verdict("Katie L", "Smith", "Katie Louise", "Smith")).isEqualTo(MatchVerdict.LIKELY);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
            "Jon, John", "Johnny, Jack", "Katie, Catherine", "Kate, Kathryn", "Cathy, Katherine",
            "Bill, William", "Liam, William", "Liz, Elizabeth", "Betty, Eliza", "Sasha, Alexander",
            "Alex, Alexander", "Muhammad, Mohammed", "Mohammad, Mo", "Jim, James", "Sara, Sarah"})
    void a_nickname_or_other_spelling_from_the_table_is_the_same_name(String one, String other) {
        ChildMatch match = compare(child(one, "Smith"), child(other, "Smith"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.LIKELY);
        assertThat(match.reason()).isEqualTo("Same date of birth and postcode, names alike allowing a nickname");
    }

    @ParameterizedTest(name = "{0} {1} and {2} {3}")
    @CsvSource({
            "Charlote, Smith, Charlotte, Smith",   // a letter dropped
            "Olvier, Smith, Oliver, Smith",         // two letters swapped
            "Lucinda, Smith, Lucynda, Smith",       // a letter changed
            "Ava, Thomson, Ava, Thompson",          // in the surname
            "Kathrin, Jones, Kathryn, Jones"})      // not in the table at all
    void one_small_spelling_slip_in_a_name_of_five_or_more_letters_is_allowed(String firstA, String lastA,
            String firstB, String lastB) {
        ChildMatch match = compare(child(firstA, lastA), child(firstB, lastB));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.LIKELY);
        assertThat(match.reason()).isEqualTo("Same date of birth and postcode, names alike allowing a spelling slip");
    }

    @Test
    void a_nickname_a_missing_middle_name_and_a_slip_can_come_together() {
        ChildMatch match = compare(child("Katie", "Smyth"), child("Catherine Anne", "Smith"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.LIKELY);
        assertThat(match.reason()).isEqualTo("Same date of birth and postcode, "
                + "names alike allowing a nickname and a missing middle name and a spelling slip");
    }

    @Test
    void the_nhs_number_decides_before_the_pupil_number() {
        ChildParticulars one = child("Ava", "Smith").withNhsNumber("9434765919").withPupilNumber("A123456789012");
        assertThat(compare(one, child("Ava", "Smith").withNhsNumber("9434765919").withPupilNumber("B123456789012"))
                .verdict()).isEqualTo(MatchVerdict.MATCH);
        assertThat(compare(one, child("Ava", "Smith").withNhsNumber("4010232137").withPupilNumber("A123456789012"))
                .verdict()).isEqualTo(MatchVerdict.NO_MATCH);
    }

    @Test
    void several_candidates_are_decided_in_their_order() {
        assertThat(MATCHER.compare(child("Jon", "Smith"), java.util.List.of(child("John", "Smith"), child("Joan", "Smith"))))
                .extracting(ChildMatch::verdict).containsExactly(MatchVerdict.LIKELY, MatchVerdict.NO_MATCH);
    }

    // Different children not merged

    @Test
    void twins_with_different_first_names_are_different_children() {
        ChildMatch match = compare(child("Olivia", "Smith"), child("Amelia", "Smith"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(match.reason()).isEqualTo("Different names");
        assertThat(verdict("Jack", "Smith", "James", "Smith")).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(verdict("Emily", "Smith", "Amelia", "Smith")).as("both are Millie, but not each other")
                .isEqualTo(MatchVerdict.NO_MATCH);
    }

    @Test
    void twins_whose_names_are_one_letter_apart_are_not_a_spelling_slip() {
        assertThat(verdict("Louis", "Smith", "Louise", "Smith")).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(verdict("Daniel", "Smith", "Daniela", "Smith")).isEqualTo(MatchVerdict.NO_MATCH);
    }

    @Test
    void jon_and_joan_are_different_children() {
        assertThat(verdict("Jon", "Smith", "Joan", "Smith")).isEqualTo(MatchVerdict.NO_MATCH);
    }

    @Test
    void a_four_letter_name_with_one_letter_changed_is_a_different_child() {
        assertThat(verdict("Mark", "Smith", "Mary", "Smith")).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(verdict("Zara", "Smith", "Zora", "Smith")).as("neither in the table").isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(verdict("Ava", "Khan", "Ava", "Kahn")).as("a four-letter surname").isEqualTo(MatchVerdict.NO_MATCH);
    }

    @Test
    void two_spelling_slips_are_too_many() {
        assertThat(verdict("Charlote", "Thomson", "Charlotte", "Thompson")).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(verdict("Lucinda", "Smith", "Lusynda", "Smith")).isEqualTo(MatchVerdict.NO_MATCH);
    }

    @Test
    void a_different_surname_or_middle_name_is_a_different_child() {
        assertThat(verdict("Ava", "Smith", "Ava", "Jones")).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(verdict("John Paul", "Smith", "John Peter", "Smith")).isEqualTo(MatchVerdict.NO_MATCH);
    }

    @Test
    void different_dates_of_birth_are_different_children() {
        ChildMatch match = compare(child("Ava", "Smith"), child("Ava", "Smith").bornOn(BORN.plusDays(1)));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(match.reason()).isEqualTo("Different dates of birth");
    }

    @Test
    void an_approximate_age_instead_of_a_date_of_birth_is_not_enough() {
        assertThat(compare(child("Ava", "Smith"), child("Ava", "Smith").bornOn(null)).verdict())
                .isEqualTo(MatchVerdict.NO_MATCH);
    }

    @Test
    void different_postcodes_are_different_children() {
        ChildMatch match = compare(child("Ava", "Smith"), child("Ava", "Smith").livingAt("ST4 1HJ"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(match.reason()).isEqualTo("Different postcodes");
    }

    @Test
    void different_nhs_numbers_are_different_children_even_when_everything_else_agrees() {
        ChildMatch match = compare(child("Ava", "Smith").withNhsNumber("9434765919"),
                child("Ava", "Smith").withNhsNumber("4010232137"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(match.reason()).isEqualTo("Different NHS numbers");
    }

    @Test
    void different_pupil_numbers_are_different_children_even_when_everything_else_agrees() {
        ChildMatch match = compare(child("Ava", "Smith").withPupilNumber("A123456789012"),
                child("Ava", "Smith").withPupilNumber("A123456789013"));
        assertThat(match.verdict()).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(match.reason()).isEqualTo("Different unique pupil numbers");
    }

    // The parts

    @Test
    void damerau_levenshtein_distance_counts_a_swap_of_neighbours_as_one() {
        assertThat(Names.distance("oliver", "olvier")).isEqualTo(1);
        assertThat(Names.distance("smith", "smyth")).isEqualTo(1);
        assertThat(Names.distance("charlotte", "charlote")).isEqualTo(1);
        assertThat(Names.distance("jon", "joan")).isEqualTo(1);
        assertThat(Names.distance("oliver", "olivia")).isEqualTo(2);
        assertThat(Names.distance("", "ava")).isEqualTo(3);
    }

    @Test
    void the_shipped_nickname_table_holds_a_few_hundred_names_and_keeps_its_rows_apart() {
        Nicknames table = Nicknames.shipped();
        assertThat(table.size()).isGreaterThan(300);
        assertThat(table.sameName("jon", "johnny")).isTrue();
        assertThat(table.sameName("jackie", "john")).isTrue();
        assertThat(table.sameName("jackie", "jacqueline")).isTrue();
        assertThat(table.sameName("john", "jacqueline")).as("rows are not chained").isFalse();
    }
}
