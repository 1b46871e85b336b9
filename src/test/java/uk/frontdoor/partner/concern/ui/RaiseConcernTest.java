package uk.frontdoor.partner.concern.ui;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernValidator;
import uk.frontdoor.partner.concern.Factor;
import uk.frontdoor.news.NewsChoices;
import uk.frontdoor.messaging.NotifySettings;
import uk.frontdoor.shell.CharacterCount;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;

/** A teacher raises a concern from their phone: every page, every mistake a person in a hurry makes. */
class RaiseConcernTest extends UiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConcernDrafts drafts;

    @Test
    void teacher_raises_a_concern_and_gets_a_reference_and_what_happens_next() {
        signInAs(DemoUser.TEACHER);
        answerUpToHowToTell("3");
        answerHowToTell("email");

        assertThat(heading()).isEqualTo("Check your answers before sending");
        assertThat(texts()).contains("Ava Smith", "1 Station Road, Stoke-on-Trent, ST4 1HH", "Neglect, Emotional abuse",
                "Level 3: Multiple or complex needs", "Email to teacher@example.org");
        // What the teacher typed is shown as text, never interpreted as markup.
        assertThat(texts()).contains("Came to school hungry every day this week; <b>no coat</b>.");
        _click(_get(Button.class, spec -> spec.withId("send")));

        assertThat(heading()).isEqualTo("Concern sent");
        String reference = _get(Span.class, spec -> spec.withId("reference")).getText();
        assertThat(reference).matches("FD-\\d{4}-\\d{6}");
        assertThat(pageText()).contains("What happens next", "within one working day", "It is a contact");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).as("ChAD's number, tap to call")
                .contains("tel:01782235100");
        assertThat(jdbc.sql("SELECT count(*) FROM concern WHERE reference = ?").param(reference).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM concern_draft WHERE owner_subject = 'teacher'").query(Long.class).single())
                .isZero();
    }

    @Test
    void the_referrer_says_what_they_would_like_to_happen_and_what_the_child_says_and_sees_both_before_sending() {
        signInAs(DemoUser.TEACHER);
        startNewConcern();
        answerNoImmediateDanger();
        answerAboutTheChild("12", "5", "2016");
        answerWhatWorriesThem();
        answerParentsKnowAndAgree();
        answerLevel("2");

        assertThat(heading()).isEqualTo("What would you like to happen?");
        assertThat(radios(ConcernValidator.REQUEST).getListDataView().getItems()).as("never 'not said' on the page")
                .containsExactly("advice-for-me", "support-for-the-family", "social-worker-visit", "safe-today",
                        "something-else");
        continueOn();
        assertThat(errors()).containsExactly("Select what you would like to happen");
        Type.into(radios(ConcernValidator.REQUEST), "something-else");
        continueOn();
        assertThat(errors()).containsExactly("Tell us what you would like to happen");
        Type.into(ConcernValidator.REQUEST_DETAIL, "A meeting with the family and the school nurse");
        Type.into(ConcernValidator.CHILDS_VOICE, "She said she is hungry when she gets to school.");
        continueOn();
        assertThat(errors()).isEmpty();
        answerHowToTell("none");

        assertThat(heading()).isEqualTo("Check your answers before sending");
        assertThat(texts()).contains("A meeting with the family and the school nurse",
                "She said she is hungry when she gets to school.");
        _click(_get(Button.class, spec -> spec.withId("send")));
        String reference = _get(Span.class, spec -> spec.withId("reference")).getText();
        assertThat(jdbc.sql("SELECT answers->>'request' || ' / ' || (answers->>'childsVoice') FROM concern WHERE reference = ?")
                .param(reference).query(String.class).single())
                .isEqualTo("something-else / She said she is hungry when she gets to school.");
    }

    @Test
    void the_childs_words_are_optional_and_check_your_answers_leaves_them_out_when_not_given() {
        signInAs(DemoUser.TEACHER);
        completeUpToCheckYourAnswers();
        assertThat(texts()).contains("Support for the family").doesNotContain("What the child says");
    }

    private static final String MORE = "Tell us more about the child (optional)";

    @Test
    void skipping_more_about_the_child_sends_none_of_it_and_check_your_answers_offers_to_add_it() {
        signInAs(DemoUser.TEACHER);
        upToMoreAboutTheChild();
        Type.into(ConcernValidator.FIRST_LANGUAGE, "Polish"); // typed, then thought better of: Skip forgets it
        addPerson();
        Type.into(ConcernValidator.member(1, ConcernValidator.MEMBER_NAME), "Dan Smith"); // half a person: skipped too
        _click(_get(Button.class, spec -> spec.withId("skip")));
        assertThat(heading()).isEqualTo("What are you worried about?");
        onToCheckYourAnswers();
        assertThat(texts()).contains("Nothing added").doesNotContain("Polish");
        assertThat(pageText()).contains("More about the child").doesNotContain("Gender", "Ethnicity", "First language",
                "GP practice", "Must not be shared with the family", "Household, person", "Dan Smith");
        _click(_get(Button.class, spec -> spec.withId("send")));
        String reference = _get(Span.class, spec -> spec.withId("reference")).getText();
        assertThat(jdbc.sql("SELECT (answers->>'firstLanguage') IS NULL FROM concern WHERE reference = ?")
                .param(reference).query(Boolean.class).single()).isTrue();
    }

    @Test
    void people_in_the_household_are_added_and_removed_each_checked_by_their_place_and_sent_as_rows() {
        signInAs(DemoUser.TEACHER);
        upToMoreAboutTheChild();
        assertThat(_find(com.vaadin.flow.component.html.FieldSet.class)).as("nobody until asked for").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("add-person")).getText()).isEqualTo("Add a person");
        addPerson();
        addPerson();
        assertThat(_get(Button.class, spec -> spec.withId("add-person")).getText()).isEqualTo("Add another person");
        continueOn();
        assertThat(errors()).containsExactly(
                "Person 1: enter their name", "Person 1: enter their relationship to the child",
                "Person 1: select yes if they live with the child",
                "Person 1: select yes if they have parental responsibility for the child",
                "Person 2: enter their name", "Person 2: enter their relationship to the child",
                "Person 2: select yes if they live with the child",
                "Person 2: select yes if they have parental responsibility for the child");

        fillPerson(1, "Jo Smith", "Mother", "yes", "yes");
        fillPerson(2, "Dan Smith", "", "yes", "no");
        continueOn();
        assertThat(errors()).containsExactly("Person 2: enter their relationship to the child");
        var relationship = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId(ConcernValidator.member(2, ConcernValidator.MEMBER_RELATIONSHIP)));
        assertThat(relationship.isInvalid()).isTrue();
        assertThat(relationship.getErrorMessage()).isEqualTo("Error: Person 2: enter their relationship to the child");

        // Dan was a mistake: a third person is added, then Dan removed, and the third becomes person 2.
        addPerson();
        fillPerson(3, "Ann Smith", "Aunt", "no", "no");
        _click(_get(Button.class, spec -> spec.withId(ConcernValidator.member(2, "remove"))));
        assertThat(_find(com.vaadin.flow.component.html.FieldSet.class)).hasSize(2);
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId(ConcernValidator.member(2, ConcernValidator.MEMBER_NAME))).getValue())
                .isEqualTo("Ann Smith");
        continueOn();
        assertThat(errors()).isEmpty();
        onToCheckYourAnswers();

        assertThat(texts()).contains("Jo Smith, Mother. Lives with the child. Has parental responsibility.",
                "Ann Smith, Aunt. Does not live with the child. No parental responsibility.");
        assertThat(pageText()).contains("Household, person 1", "Household, person 2").doesNotContain("Dan Smith");
        _click(_get(Button.class, spec -> spec.withId("send")));
        String reference = _get(Span.class, spec -> spec.withId("reference")).getText();
        assertThat(jdbc.sql("SELECT string_agg(m->>'name' || '/' || (m->>'livesWithChild'), ',') FROM concern, "
                        + "jsonb_array_elements(answers->'householdMembers') m WHERE reference = ?")
                .param(reference).query(String.class).single()).isEqualTo("Jo Smith/yes,Ann Smith/no");
    }

    @Test
    void at_most_ten_people_can_be_added_to_the_household() {
        signInAs(DemoUser.TEACHER);
        upToMoreAboutTheChild();
        for (int i = 0; i < ConcernValidator.HOUSEHOLD_MAX; i++) {
            addPerson();
        }
        assertThat(_find(com.vaadin.flow.component.html.FieldSet.class)).hasSize(ConcernValidator.HOUSEHOLD_MAX);
        assertThat(_find(Button.class, spec -> spec.withId("add-person"))).as("no eleventh").isEmpty();
        assertThat(pageText()).contains("You have added 10 people, the most you can add.");
    }

    private static void addPerson() {
        _click(_get(Button.class, spec -> spec.withId("add-person")));
    }

    private static void fillPerson(int number, String name, String relationship, String livesWithChild,
            String parentalResponsibility) {
        Type.into(ConcernValidator.member(number, ConcernValidator.MEMBER_NAME), name);
        Type.into(ConcernValidator.member(number, ConcernValidator.MEMBER_RELATIONSHIP), relationship);
        Type.into(radios(ConcernValidator.member(number, ConcernValidator.MEMBER_LIVES_WITH_CHILD)), livesWithChild);
        Type.into(radios(ConcernValidator.member(number, ConcernValidator.MEMBER_PARENTAL_RESPONSIBILITY)),
                parentalResponsibility);
    }

    @Test
    void what_is_told_about_the_child_is_checked_shown_only_as_given_and_sent() {
        signInAs(DemoUser.TEACHER);
        upToMoreAboutTheChild();
        assertThat(_find(Button.class, spec -> spec.withId("skip"))).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId(ConcernValidator.ETHNICITY))
                .getListDataView().getItems()).as("the DfE codes, every one").hasSize(20).contains("WBRI", "REFU", "NOBT");
        assertThat(_find(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId(ConcernValidator.DISABILITY_DETAIL))).as("asked only after yes").isEmpty();

        Type.into(ConcernValidator.FIRST_LANGUAGE, "x".repeat(101));
        Type.into(ConcernValidator.NOT_TO_BE_SHARED, "The new address\u0000");
        Type.into(ConcernValidator.GP_PRACTICE, "Hartshill\tSurgery");
        continueOn();
        assertThat(errors()).containsExactlyInAnyOrder("First language must be 100 characters or fewer",
                "GP practice must not contain control characters",
                "What must not be shared with the family must not contain control characters (line breaks and tabs "
                        + "are fine)");

        Type.into(ConcernValidator.FIRST_LANGUAGE, "Polish");
        Type.into(radios(ConcernValidator.INTERPRETER_NEEDED), "yes");
        Type.into(radios(ConcernValidator.GENDER), "b");
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId(ConcernValidator.ETHNICITY))
                .setValue("WOTH");
        Type.into(radios(ConcernValidator.DISABILITY), "yes");
        Type.into(ConcernValidator.DISABILITY_DETAIL, "Hearing impairment");
        Type.into(ConcernValidator.GP_PRACTICE, "Hartshill Surgery");
        Type.into(ConcernValidator.NOT_TO_BE_SHARED, "The school made this contact.");
        continueOn();
        assertThat(errors()).isEmpty();
        onToCheckYourAnswers();

        assertThat(texts()).contains("Female", "White: any other White background", "Polish", "Yes",
                "Hearing impairment", "Hartshill Surgery", "The school made this contact.")
                .doesNotContain("Nothing added");
        assertThat(pageText()).contains("Must not be shared with the family")
                .doesNotContain("Who lives with the child", "Parental responsibility", "Household, person");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains("concern/more-about-the-child?change");
        _click(_get(Button.class, spec -> spec.withId("send")));
        String reference = _get(Span.class, spec -> spec.withId("reference")).getText();
        assertThat(jdbc.sql("SELECT concat_ws('|', answers->>'gender', answers->>'ethnicity', "
                        + "answers->>'interpreterNeeded', answers->>'notToBeShared') FROM concern WHERE reference = ?")
                .param(reference).query(String.class).single())
                .isEqualTo("b|WOTH|yes|The school made this contact.");
    }

    @Test
    void a_child_in_immediate_danger_is_sent_to_999_and_the_form_stops() {
        signInAs(DemoUser.TEACHER);
        startNewConcern();
        Type.into(radios(ConcernValidator.IMMEDIATE_DANGER), "yes");
        continueOn();
        assertThat(heading()).isEqualTo("Call 999 now");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("tel:999", "tel:01782235100",
                "tel:01782234234");
        assertThat(pageText()).contains("call the police on 999");
        assertThat(_find(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("fd-warning-panel")),
                Anchor.class).stream().map(Anchor::getHref)).as("999 itself, not only the footer's").containsExactly("tel:999");
        _assertNoButton("continue");
    }

    @Test
    void each_missing_answer_is_named_in_the_error_summary_and_beside_its_field() {
        signInAs(DemoUser.GP);
        startNewConcern();
        continueOn();
        assertThat(errors()).containsExactly("Select yes if a child is in immediate danger");

        answerNoImmediateDanger();
        continueOn();
        assertThat(errors()).containsExactly("Enter the child's first name", "Enter the child's last name",
                "Enter date of birth", "Enter the child's address", "Enter the child's postcode");
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId(ConcernValidator.FIRST_NAME)).getErrorMessage())
                .isEqualTo("Error: Enter the child's first name");
        assertThat(heading()).isEqualTo("About the child");
    }

    @Test
    void impossible_and_future_dates_and_bad_numbers_get_clear_messages() {
        signInAs(DemoUser.TEACHER);
        startNewConcern();
        answerNoImmediateDanger();
        fillChild("31", "2", "2016");
        Type.into(ConcernValidator.NHS_NUMBER, "1234567890");
        Type.into(ConcernValidator.POSTCODE, "NOT A POSTCODE");
        continueOn();
        assertThat(errors()).containsExactly("Date of birth must be a real date",
                "Enter a real postcode, like ST4 1HH", "Enter a valid 10 digit NHS number, or leave it blank");

        LocalDate tomorrow = LocalDate.now().plusDays(1);
        fillChild(String.valueOf(tomorrow.getDayOfMonth()), String.valueOf(tomorrow.getMonthValue()),
                String.valueOf(tomorrow.getYear()));
        Type.into(ConcernValidator.NHS_NUMBER, "");
        continueOn();
        assertThat(errors()).containsExactly("Date of birth must be today or in the past");
    }

    @Test
    void a_long_account_is_counted_never_cut_and_refused_on_continue_with_every_character_kept() {
        signInAs(DemoUser.TEACHER);
        startNewConcern();
        answerNoImmediateDanger();
        answerAboutTheChild("1", "1", "2015");
        var what = (CharacterCount) _get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId(ConcernValidator.WHAT_HAPPENED));
        assertThat(what.getMaxLength()).as("no maxlength: the browser would cut a paste silently").isZero();
        assertThat(what.countMessage()).isEqualTo("You have 5000 characters remaining");

        String pasted = "Seen at the gate. ".repeat(277) + "The end of the account.";
        assertThat(pasted.length()).isGreaterThan(ConcernValidator.WHAT_HAPPENED_MAX);
        Type.into(what, pasted);
        assertThat(what.countMessage()).isEqualTo("You have " + (pasted.length() - 5000) + " characters too many");
        continueOn();
        assertThat(errors()).contains("What you saw or heard must be 5000 characters or fewer");
        assertThat(what.getValue()).isEqualTo(pasted);
        assertThat(drafts.current(DemoUser.TEACHER.currentUser()).orElseThrow().answers().getWhatHappened())
                .as("the draft keeps it all, to be shortened, not lost").isEqualTo(pasted);

        Type.into(what, "x".repeat(4999));
        assertThat(what.countMessage()).isEqualTo("You have 1 character remaining");
    }

    @Test
    void a_pasted_address_is_not_cut_short_either() {
        signInAs(DemoUser.TEACHER);
        startNewConcern();
        answerNoImmediateDanger();
        fillChild("1", "1", "2015");
        var address = _get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId(ConcernValidator.ADDRESS));
        assertThat(address.getMaxLength()).isZero();
        String pasted = "Flat 2, ".repeat(70) + "Stoke-on-Trent";
        Type.into(address, pasted);
        continueOn();
        assertThat(errors()).containsExactly("Address must be " + ConcernValidator.ADDRESS_MAX + " characters or fewer");
        assertThat(address.getValue()).isEqualTo(pasted);
    }

    @Test
    void the_count_is_announced_politely_and_every_long_answer_has_one() {
        signInAs(DemoUser.TEACHER);
        startNewConcern();
        answerNoImmediateDanger();
        answerAboutTheChild("1", "1", "2015");
        for (String id : List.of(ConcernValidator.WHAT_HAPPENED, ConcernValidator.ACTION_TAKEN)) {
            CharacterCount area = _get(CharacterCount.class, spec -> spec.withId(id));
            assertThat(area.getMaxLength()).as(id).isZero();
            assertThat(_find(area, Span.class).stream()
                    .filter(span -> "polite".equals(span.getElement().getAttribute("aria-live"))).map(Span::getText))
                    .as(id).containsExactly(area.countMessage());
        }
        assertThat(_get(CharacterCount.class, spec -> spec.withId(ConcernValidator.ACTION_TAKEN)).countMessage())
                .isEqualTo("You have 2000 characters remaining");
    }

    @Test
    void a_closed_tab_loses_nothing_and_the_teacher_resumes_where_they_left_off() {
        signInAs(DemoUser.TEACHER);
        startNewConcern();
        answerNoImmediateDanger();
        answerAboutTheChild("3", "4", "2017");
        Type.into(ConcernValidator.WHAT_HAPPENED, "Bruising on arms, said a parent grabbed her");

        continueOn(); // saved with errors: nothing typed is lost
        signInAs(DemoUser.TEACHER); // a new session, as after a dropped signal
        UI.getCurrent().navigate(RaiseConcernView.class);
        assertThat(pageText()).contains("It has been saved");
        _click(_get(Button.class, spec -> spec.withId("resume")));

        assertThat(heading()).isEqualTo("What are you worried about?");
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId(ConcernValidator.WHAT_HAPPENED)).getValue())
                .isEqualTo("Bruising on arms, said a parent grabbed her");
    }

    @Test
    @SuppressWarnings("unchecked")
    void what_is_typed_is_kept_as_it_is_typed_even_when_the_phone_drops_before_continue() {
        signInAs(DemoUser.TEACHER);
        startNewConcern();
        answerNoImmediateDanger();
        answerAboutTheChild("3", "4", "2017");
        Type.into(_get(CheckboxGroup.class, spec -> spec.withId(ConcernValidator.FACTORS + "-common")), Set.of("10A"));
        Type.into(ConcernValidator.WHAT_HAPPENED, "Left at the gate at 6pm, nobody came");
        Type.into(ConcernValidator.WHEN_HAPPENED + "-day", "9");
        UI.getCurrent().navigate("concern/child"); // back a page without Continue
        Type.into(ConcernValidator.LAST_NAME, "Smyth");
        Type.into(_get(Checkbox.class, spec -> spec.withId("date-of-birth-unknown")), true);
        Type.into(ConcernValidator.APPROXIMATE_AGE, "9");

        signInAs(DemoUser.TEACHER); // the signal dropped: a new session, no Continue tapped
        UI.getCurrent().navigate("concern/worry");
        CheckboxGroup<String> worries = _get(CheckboxGroup.class, spec -> spec.withId(ConcernValidator.FACTORS + "-common"));
        assertThat(worries.getValue()).containsExactly("10A");
        assertThat(Type.field("Day").getValue()).isEqualTo("9");
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId(ConcernValidator.WHAT_HAPPENED)).getValue())
                .isEqualTo("Left at the gate at 6pm, nobody came");
        UI.getCurrent().navigate("concern/child");
        assertThat(Type.field("Last name").getValue()).isEqualTo("Smyth");
        assertThat(_get(Checkbox.class, spec -> spec.withId("date-of-birth-unknown")).getValue()).isTrue();
        assertThat(Type.field("Approximate age in years").getValue()).isEqualTo("9");
        assertThat(drafts.current(DemoUser.TEACHER.currentUser()).orElseThrow().step().path())
                .as("its place is still the page Continue last reached").isEqualTo("concern/worry");
    }

    @Test
    void the_common_worries_come_first_and_every_worry_code_is_still_there_to_choose_and_saved() {
        signInAs(DemoUser.GP);
        startNewConcern();
        answerNoImmediateDanger();
        answerAboutTheChild("3", "4", "2017");
        WorryChoices worries = _get(WorryChoices.class);
        assertThat(worries.groups().getFirst().getListDataView().getItems().count())
                .as("a short list first, on a phone").isLessThanOrEqualTo(8);
        List<String> offered = worries.groups().stream().flatMap(group -> group.getListDataView().getItems()).toList();
        assertThat(offered).as("each code once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Factor.values()).map(Factor::code).toList());

        _get(com.vaadin.flow.component.html.NativeDetails.class).setOpen(true); // "Something else: show more worries"
        for (var group : worries.groups()) {
            Type.into(group, group.getListDataView().getItems().collect(java.util.stream.Collectors.toSet()));
        }
        continueOn();
        assertThat(drafts.current(DemoUser.GP.currentUser()).orElseThrow().answers().getFactors())
                .containsExactlyInAnyOrderElementsOf(offered);

        UI.getCurrent().navigate("concern/worry");
        assertThat(_get(WorryChoices.class).selected()).containsExactlyInAnyOrderElementsOf(offered);
        assertThat(_get(com.vaadin.flow.component.html.NativeDetails.class).isOpen())
                .as("a worry chosen under \"something else\" is not hidden").isTrue();
    }

    @Test
    void changing_an_answer_from_check_your_answers_comes_back_to_check_your_answers() {
        signInAs(DemoUser.TEACHER);
        completeUpToCheckYourAnswers();
        UI.getCurrent().navigate("concern/child", QueryParameters.of(ConcernPage.CHANGE, ""));
        Type.into(ConcernValidator.FIRST_NAME, "Eva");
        continueOn();
        assertThat(heading()).isEqualTo("Check your answers before sending");
        assertThat(texts()).contains("Eva Smith");
    }

    @Test
    void check_your_answers_lists_the_immediate_danger_answer_with_a_change_link() {
        signInAs(DemoUser.TEACHER);
        completeUpToCheckYourAnswers();
        assertThat(pageText()).contains("Is a child in immediate danger?No");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("concern/danger?change");
    }

    @Test
    void home_says_a_concern_is_waiting_and_continues_it_where_it_stopped() {
        jdbc.sql("DELETE FROM concern_draft WHERE owner_subject IN ('teacher', 'gp')").update();
        signInAs(DemoUser.GP);
        UI.getCurrent().navigate(Views.named("HomeView"));
        assertThat(pageText()).doesNotContain("You have a concern you have not sent yet");

        signInAs(DemoUser.TEACHER);
        startNewConcern();
        answerNoImmediateDanger();
        UI.getCurrent().navigate(Views.named("HomeView"));
        RouterLink resume = _get(RouterLink.class,
                spec -> spec.withText("You have a concern you have not sent yet: continue it"));
        UI.getCurrent().navigate(resume.getHref());
        assertThat(heading()).isEqualTo("About the child");
    }

    @Test
    void the_timeline_shows_what_the_referrer_sent_and_links_back_to_my_concerns() {
        signInAs(DemoUser.TEACHER);
        completeUpToCheckYourAnswers();
        _click(_get(Button.class, spec -> spec.withId("send")));
        assertThat(_get(RouterLink.class, spec -> spec.withText("My concerns")).getHref()).isEqualTo("my-concerns");
        String reference = _get(Span.class, spec -> spec.withId("reference")).getText();
        UI.getCurrent().navigate(_get(RouterLink.class, spec -> spec.withId("follow")).getHref());

        assertThat(heading()).isEqualTo("Concern " + reference);
        assertThat(_get(Anchor.class, spec -> spec.withText("Back")).getHref()).isEqualTo("my-concerns");
        assertThat(_get(RouterLink.class, spec -> spec.withText("My concerns")).getHref()).isEqualTo("my-concerns");
        assertThat(pageText()).contains("What you sent", "Ava Smith", "Neglect, Emotional abuse",
                "Came to school hungry every day this week; <b>no coat</b>.");

        // The school's safeguarding lead follows it too, but what the teacher wrote stays on the teacher's page.
        signInAs(DemoUser.LEAD);
        UI.getCurrent().navigate(ConcernTimelineView.class, reference);
        assertThat(heading()).isEqualTo("Concern " + reference);
        assertThat(pageText()).doesNotContain("What you sent", "Came to school hungry");
    }

    @Test
    void the_referrer_sees_on_their_page_each_answer_they_gave_in_check_your_answers_words_and_nothing_skipped() {
        signInAs(DemoUser.TEACHER);
        upToMoreAboutTheChild();
        Type.into(ConcernValidator.FIRST_LANGUAGE, "Polish");
        Type.into(radios(ConcernValidator.INTERPRETER_NEEDED), "yes");
        Type.into(ConcernValidator.GP_PRACTICE, "Burslem Health Centre");
        Type.into(ConcernValidator.NOT_TO_BE_SHARED, "That the school made this contact");
        continueOn();
        answerWhatWorriesThem();
        answerParentsKnowAndAgree();
        answerLevel("2");
        Type.into(radios(ConcernValidator.REQUEST), "something-else");
        Type.into(ConcernValidator.REQUEST_DETAIL, "A meeting with the family and the school nurse");
        Type.into(ConcernValidator.CHILDS_VOICE, "She said she is hungry when she gets to school.");
        continueOn();
        answerHowToTell("none");
        _click(_get(Button.class, spec -> spec.withId("send")));
        String reference = _get(Span.class, spec -> spec.withId("reference")).getText();
        long viewsBefore = views(reference);

        UI.getCurrent().navigate(ConcernTimelineView.class, reference);
        List<String> given = List.of("You would like", "A meeting with the family and the school nurse",
                "What the child says", "She said she is hungry when she gets to school.",
                "First language", "Polish", "Interpreter needed", "GP practice", "Burslem Health Centre",
                "Must not be shared with the family", "That the school made this contact");
        assertThat(pageText()).contains("What you sent").contains(given)
                .doesNotContain("Gender", "Ethnicity", "Disability", "Who lives with the child", "Parental responsibility",
                        "Nothing added", "Change");
        assertThat(views(reference)).as("opening a child's details is audited").isEqualTo(viewsBefore + 1);

        // Neither the school's lead (a colleague's words) nor a teacher at another school sees any of it.
        for (DemoUser other : List.of(DemoUser.LEAD, DemoUser.TEACHER_AT_ANOTHER_SCHOOL)) {
            signInAs(other);
            UI.getCurrent().navigate(ConcernTimelineView.class, reference);
            assertThat(pageText()).as(other.name()).doesNotContain("What you sent", "A meeting with the family",
                    "hungry", "Polish", "Burslem Health Centre", "That the school made this contact");
        }
        assertThat(pageText()).contains("There is no concern with that reference that you can see.");
    }

    private long views(String reference) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CONCERN_VIEWED' AND subject = ?")
                .param(reference).query(Long.class).single();
    }

    @Test
    void a_double_tap_on_send_makes_one_concern() {
        signInAs(DemoUser.TEACHER);
        completeUpToCheckYourAnswers();
        Button send = _get(Button.class, spec -> spec.withId("send"));
        assertThat(send.isDisableOnClick()).isTrue();
        long before = jdbc.sql("SELECT count(*) FROM concern").query(Long.class).single();
        send.click();
        // A second tap that still reached the server (a slow network, a retried request).
        UI.getCurrent().navigate("concern/check");
        send.click();
        assertThat(jdbc.sql("SELECT count(*) FROM concern").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void parents_not_told_needs_a_lawful_reason_and_an_explanation() {
        signInAs(DemoUser.TEACHER);
        startNewConcern();
        answerNoImmediateDanger();
        answerAboutTheChild("1", "1", "2015");
        answerWhatWorriesThem();
        Type.into(radios(ConcernValidator.PARENTS_KNOW), "no");
        continueOn();
        assertThat(errors()).containsExactly("Select why the parents or carers have not been told",
                "Explain why the parents or carers have not been told");
    }

    void completeUpToCheckYourAnswers() {
        answerUpToHowToTell("2");
        answerHowToTell("none");
        assertThat(heading()).isEqualTo("Check your answers before sending");
    }

    @Test
    void a_teacher_who_asks_for_text_messages_gives_a_uk_mobile_number_and_checks_it_before_sending() {
        signInAs(DemoUser.TEACHER);
        answerUpToHowToTell("2");
        assertThat(heading()).isEqualTo("How should we tell you there is news?");
        assertThat(radios(ConcernValidator.HOW_TO_TELL).getListDataView().getItems()).containsExactly("email", "text", "none");
        assertThat(_find(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId(ConcernValidator.MOBILE_NUMBER))).as("asked only once text message is chosen").isEmpty();

        Type.into(radios(ConcernValidator.HOW_TO_TELL), "text");
        var mobile = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId(ConcernValidator.MOBILE_NUMBER));
        continueOn();
        assertThat(errors()).containsExactly("Enter your mobile number");
        Type.into(ConcernValidator.MOBILE_NUMBER, "01782 235100");
        continueOn();
        assertThat(errors()).containsExactly("Enter a UK mobile number, like 07700 900 982");
        assertThat(mobile.getErrorMessage()).isEqualTo("Error: Enter a UK mobile number, like 07700 900 982");
        assertThat(heading()).isEqualTo("How should we tell you there is news?");

        Type.into(ConcernValidator.MOBILE_NUMBER, "07700 900 982");
        continueOn();
        assertThat(heading()).isEqualTo("Check your answers before sending");
        assertThat(texts()).contains("Text message to 07700 900982");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("concern/news?change");
        _click(_get(Button.class, spec -> spec.withId("send")));

        String reference = _get(Span.class, spec -> spec.withId("reference")).getText();
        assertThat(jdbc.sql("SELECT coalesce(notify_mobile, '') || ' ' || coalesce(notify_email, '-') FROM concern WHERE reference = ?")
                .param(reference).query(String.class).single()).isEqualTo("07700900982 -");
    }

    @Test
    void the_email_address_for_news_can_be_changed_on_the_page_and_is_checked_on_the_server() {
        signInAs(DemoUser.TEACHER);
        answerUpToHowToTell("2");
        Type.into(radios(ConcernValidator.HOW_TO_TELL), "email");
        var email = Type.field("Email address");
        assertThat(email.getValue()).as("the address they signed in with, to change").isEqualTo("teacher@example.org");

        Type.into(email, "");
        continueOn();
        assertThat(errors()).containsExactly("Enter your email address");
        Type.into(email, "safeguarding.springfield.sch.uk");
        continueOn();
        assertThat(errors()).containsExactly("Enter an email address in the correct format, like name@example.com");
        assertThat(email.getErrorMessage())
                .isEqualTo("Error: Enter an email address in the correct format, like name@example.com");
        assertThat(email.getValue()).as("kept as typed, to correct").isEqualTo("safeguarding.springfield.sch.uk");

        Type.into(email, " safeguarding@springfield.sch.uk ");
        continueOn();
        assertThat(heading()).isEqualTo("Check your answers before sending");
        assertThat(texts()).contains("Email to safeguarding@springfield.sch.uk");
        _click(_get(Button.class, spec -> spec.withId("send")));
        String reference = _get(Span.class, spec -> spec.withId("reference")).getText();
        assertThat(jdbc.sql("SELECT notify_email FROM concern WHERE reference = ?").param(reference)
                .query(String.class).single()).isEqualTo("safeguarding@springfield.sch.uk");
    }

    @Test
    void without_notify_the_text_message_option_is_not_offered_at_all() {
        signInAs(DemoUser.TEACHER);
        drafts.start(DemoUser.TEACHER.currentUser());
        UI ui = UI.getCurrent();
        NewsView page = new NewsView(drafts, new NewsChoices(new NotifySettings("", "", "", "")));
        page.beforeEnter(new BeforeEnterEvent(ui.getInternals().getRouter(), NavigationTrigger.PROGRAMMATIC,
                new Location("concern/news"), NewsView.class, ui, List.of()));
        ui.add(page);

        assertThat(radios(ConcernValidator.HOW_TO_TELL).getListDataView().getItems()).containsExactly("email", "none");
        assertThat(pageText()).doesNotContain("Text message");
    }

    private void answerUpToHowToTell(String level) {
        startNewConcern();
        answerNoImmediateDanger();
        answerAboutTheChild("12", "5", "2016");
        answerWhatWorriesThem();
        answerParentsKnowAndAgree();
        answerLevel(level);
        answerRequest();
    }

    private void startNewConcern() {
        UI.getCurrent().navigate(RaiseConcernView.class);
        var start = _find(Button.class, spec -> spec.withId("start"));
        _click(start.isEmpty() ? _get(Button.class, spec -> spec.withId("start-new")) : start.getFirst());
        assertThat(heading()).isEqualTo("Is a child in immediate danger?");
    }

    private void answerNoImmediateDanger() {
        Type.into(radios(ConcernValidator.IMMEDIATE_DANGER), "no");
        continueOn();
        assertThat(heading()).isEqualTo("About the child");
    }

    private void fillChild(String day, String month, String year) {
        Type.into(ConcernValidator.FIRST_NAME, "Ava");
        Type.into(ConcernValidator.LAST_NAME, "Smith");
        Type.into(ConcernValidator.DATE_OF_BIRTH + "-day", day);
        Type.into(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Month")), month);
        Type.into(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Year")), year);
        Type.into(ConcernValidator.ADDRESS, "1 Station Road, Stoke-on-Trent");
        Type.into(ConcernValidator.POSTCODE, "st41hh");
    }

    private void answerAboutTheChild(String day, String month, String year) {
        fillChild(day, month, year);
        continueOn();
        assertThat(errors()).isEmpty();
        skipMoreAboutTheChild();
    }

    /** The hurried way past the optional page: one tap. */
    private void skipMoreAboutTheChild() {
        assertThat(heading()).isEqualTo(MORE);
        _click(_get(Button.class, spec -> spec.withId("skip")));
        assertThat(errors()).isEmpty();
        assertThat(heading()).isEqualTo("What are you worried about?");
    }

    private void upToMoreAboutTheChild() {
        startNewConcern();
        answerNoImmediateDanger();
        fillChild("12", "5", "2016");
        continueOn();
        assertThat(heading()).isEqualTo(MORE);
    }

    /** The rest of the way from the worry page to check your answers. */
    private void onToCheckYourAnswers() {
        answerWhatWorriesThem();
        answerParentsKnowAndAgree();
        answerLevel("2");
        answerRequest();
        answerHowToTell("none");
        assertThat(heading()).isEqualTo("Check your answers before sending");
    }

    @SuppressWarnings("unchecked")
    private void answerWhatWorriesThem() {
        CheckboxGroup<String> factors = _get(CheckboxGroup.class, spec -> spec.withId(ConcernValidator.FACTORS + "-common"));
        Type.into(factors, Set.of("16A", "17A"));
        Type.into(ConcernValidator.WHAT_HAPPENED, "Came to school hungry every day this week; <b>no coat</b>.");
        Type.into(ConcernValidator.WHEN_HAPPENED + "-day", "10");
        var months = _find(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Month"));
        Type.into(months.getLast(), "11");
        var years = _find(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Year"));
        Type.into(years.getLast(), "2026");
        Type.into(ConcernValidator.ACTION_TAKEN, "Gave breakfast, told the safeguarding lead");
        continueOn();
        assertThat(errors()).isEmpty();
        assertThat(heading()).isEqualTo("The child's parents or carers");
    }

    private void answerParentsKnowAndAgree() {
        Type.into(radios(ConcernValidator.PARENTS_KNOW), "yes");
        Type.into(radios(ConcernValidator.PARENTS_AGREE), "yes");
        continueOn();
        assertThat(errors()).isEmpty();
        assertThat(heading()).isEqualTo("What level of need do you think the child has?");
    }

    private void answerLevel(String level) {
        Type.into(radios(ConcernValidator.LEVEL_OF_NEED), level);
        continueOn();
        assertThat(errors()).isEmpty();
    }

    private void answerRequest() {
        assertThat(heading()).isEqualTo("What would you like to happen?");
        Type.into(radios(ConcernValidator.REQUEST), "support-for-the-family");
        continueOn();
        assertThat(errors()).isEmpty();
    }

    private void answerHowToTell(String way) {
        assertThat(heading()).isEqualTo("How should we tell you there is news?");
        Type.into(radios(ConcernValidator.HOW_TO_TELL), way);
        continueOn();
        assertThat(errors()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radios(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    private static void continueOn() {
        _click(_get(Button.class, spec -> spec.withId("continue")));
    }

    private static void _assertNoButton(String id) {
        assertThat(_find(Button.class, spec -> spec.withId(id))).isEmpty();
    }

    private static String heading() {
        return _get(H1.class).getText();
    }


    private static java.util.List<String> texts() {
        return _find(Span.class).stream().map(Span::getText).toList();
    }

}
