package uk.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.frontdoor.partner.concern.ConcernValidator;
import uk.frontdoor.testsupport.PhoneBrowser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * A teacher raises a concern on a phone, in a real browser (Debian's Chromium, headless, 375 x 812), through
 * the built-in provider's sign-in, every question page (a text message's number mistyped once), check your
 * answers, confirmation and the live timeline. Each page, and the error states, is checked by axe-core against
 * WCAG 2.2 AA and saved as a full-page screenshot in target/screenshots/.
 */
class BrowserJourneyTest extends PortalTest {


    @LocalServerPort
    int port;

    private PhoneBrowser phone;
    private Page page;

    @BeforeEach
    void openPhoneBrowser() {
        phone = PhoneBrowser.open(Path.of("target", "screenshots"));
        page = phone.page();
    }

    @AfterEach
    void closeBrowser() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void teacher_raises_a_concern_on_a_phone_and_every_page_passes_wcag_22_aa() {
        page.navigate("http://localhost:" + port + "/");

        // The portal sends the teacher to the built-in provider's sign-in page.
        page.waitForURL(Pattern.compile(".*/idp/login.*"));
        phone.expectHeading("Sign in");
        phone.check("sign-in");
        page.getByLabel("Username").fill("teacher");
        page.getByLabel("Password").fill("not the password");
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/idp/login\\?error.*"));
        expectError("Enter a correct username and password");
        phone.check("sign-in-error");
        page.getByLabel("Username").fill("teacher");
        page.getByLabel("Password").fill("teacher");
        page.locator("#sign-in").click();

        phone.expectHeading("What do you want to do?");
        phone.check("home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a concern about a child")).click();

        phone.expectHeading("Raise a concern about a child");
        phone.check("start");
        Locator startNow = page.locator("#start, #start-new").first();
        startNow.click();

        phone.expectHeading("Is a child in immediate danger?");
        phone.check("danger");
        continueOn();
        expectError("Select yes if a child is in immediate danger");
        phone.check("danger-error");
        page.locator("#" + ConcernValidator.IMMEDIATE_DANGER).getByLabel("No").check();
        continueOn();

        phone.expectHeading("About the child");
        phone.check("child");
        fill(ConcernValidator.FIRST_NAME, "Ava");
        fill(ConcernValidator.LAST_NAME, "Smith");
        Locator dateOfBirth = page.locator("#" + ConcernValidator.DATE_OF_BIRTH);
        dateOfBirth.getByLabel("Day").fill("12");
        dateOfBirth.getByLabel("Month").fill("5");
        dateOfBirth.getByLabel("Year").fill("2016");
        fill(ConcernValidator.ADDRESS, "1 Station Road, Stoke-on-Trent");
        fill(ConcernValidator.POSTCODE, "ST4 1HH");
        phone.check("child-filled");
        continueOn();

        // Optional: what the referrer knows, the rest left out.
        phone.expectHeading("Tell us more about the child (optional)");
        phone.check("more-about-the-child");
        page.locator("#" + ConcernValidator.GENDER).getByLabel("Female").check();
        fill(ConcernValidator.NOT_TO_BE_SHARED, "That the school made this contact.");
        // Two people in the household, the second half given: each answer is named by the person's place.
        page.locator("#add-person").click();
        assertThat(page.locator("fieldset")).hasCount(1);
        person(1, "Jo Smith", "Mother", "Yes", "Yes");
        page.locator("#add-person").click();
        assertThat(page.locator("fieldset")).hasCount(2);
        fill(ConcernValidator.member(2, ConcernValidator.MEMBER_NAME), "Dan Smith");
        phone.check("more-about-the-child-two-people");
        continueOn();
        assertThat(page.locator("#error-summary")).containsText("Person 2: enter their relationship to the child");
        assertThat(page.locator("#error-summary")).not().containsText("Person 1");
        phone.check("more-about-the-child-two-people-error");
        // The second removed again: the page goes on with the first person, as typed.
        page.locator("#" + ConcernValidator.member(2, "remove")).click();
        assertThat(page.locator("fieldset")).hasCount(1);
        assertThat(page.locator("#" + ConcernValidator.member(1, ConcernValidator.MEMBER_NAME) + " input")).hasValue("Jo Smith");
        continueOn();

        phone.expectHeading("What are you worried about?");
        phone.check("worry");
        page.locator("#" + ConcernValidator.FACTORS).getByLabel("Neglect", new Locator.GetByLabelOptions().setExact(true))
                .check();
        fill(ConcernValidator.WHAT_HAPPENED, "Came to school hungry every day this week and without a coat.");
        LocalDate lastWeek = LocalDate.now().minusDays(7);
        Locator when = page.locator("#" + ConcernValidator.WHEN_HAPPENED);
        when.getByLabel("Day").fill(String.valueOf(lastWeek.getDayOfMonth()));
        when.getByLabel("Month").fill(String.valueOf(lastWeek.getMonthValue()));
        when.getByLabel("Year").fill(String.valueOf(lastWeek.getYear()));
        fill(ConcernValidator.ACTION_TAKEN, "Gave breakfast, told the safeguarding lead.");
        // The count follows the typing; once it has, the server has the text too.
        assertThat(count(ConcernValidator.WHAT_HAPPENED)).hasText("You have 4939 characters remaining");
        assertThat(count(ConcernValidator.ACTION_TAKEN)).hasText("You have 1957 characters remaining");
        // A dropped signal before Continue: what was typed on the page is there when it opens again.
        page.reload();
        phone.expectHeading("What are you worried about?");
        assertThat(page.locator("#" + ConcernValidator.WHAT_HAPPENED + " textarea"))
                .hasValue("Came to school hungry every day this week and without a coat.");
        assertThat(page.locator("#" + ConcernValidator.ACTION_TAKEN + " textarea"))
                .hasValue("Gave breakfast, told the safeguarding lead.");
        assertThat(when.getByLabel("Year")).hasValue(String.valueOf(lastWeek.getYear()));
        continueOn();

        phone.expectHeading("The child's parents or carers");
        phone.check("parents");
        page.locator("#" + ConcernValidator.PARENTS_KNOW).getByLabel("Yes").check();
        Locator agree = page.locator("#" + ConcernValidator.PARENTS_AGREE);
        assertThat(agree).isVisible();
        agree.getByLabel("Yes").check();
        phone.check("parents-agree");
        continueOn();

        phone.expectHeading("What level of need do you think the child has?");
        phone.check("level");
        page.locator("#" + ConcernValidator.LEVEL_OF_NEED).getByLabel("Level 2: Additional needs").check();
        continueOn();

        phone.expectHeading("What would you like to happen?");
        phone.check("request");
        page.locator("#" + ConcernValidator.REQUEST).getByLabel("Something else").check();
        Locator detail = page.locator("#" + ConcernValidator.REQUEST_DETAIL);
        assertThat(detail).isVisible();
        fill(ConcernValidator.REQUEST_DETAIL, "A meeting with the family and the school nurse");
        fill(ConcernValidator.CHILDS_VOICE, "She said she is hungry when she gets to school.");
        phone.check("request-filled");
        continueOn();

        phone.expectHeading("How should we tell you there is news?");
        phone.check("news");
        page.locator("#" + ConcernValidator.HOW_TO_TELL).getByLabel("Text message").check();
        Locator mobile = page.locator("#" + ConcernValidator.MOBILE_NUMBER);
        assertThat(mobile).isVisible();
        fill(ConcernValidator.MOBILE_NUMBER, "0770 090");
        continueOn();
        expectError("Enter a UK mobile number, like 07700 900 982");
        phone.check("news-error");
        fill(ConcernValidator.MOBILE_NUMBER, "07700 900 982");
        continueOn();

        phone.expectHeading("Check your answers before sending");
        assertThat(page.locator("main")).containsText("Text message to 07700 900982");
        assertThat(page.locator("main")).containsText("Ava Smith");
        assertThat(page.locator("main")).containsText("ST4 1HH");
        assertThat(page.locator("main")).containsText("Level 2: Additional needs");
        assertThat(page.locator("main")).containsText("A meeting with the family and the school nurse");
        assertThat(page.locator("main")).containsText("That the school made this contact.");
        assertThat(page.locator("main")).containsText("Jo Smith, Mother");
        assertThat(page.locator("main")).not().containsText("Ethnicity");
        phone.check("check-answers");
        page.locator("#send").click();

        phone.expectHeading("Concern sent");
        Locator reference = page.locator("#reference");
        assertThat(reference).hasText(Pattern.compile("FD-\\d{4}-\\d{6}"));
        String number = reference.textContent().strip();
        phone.check("confirmation");
        page.locator("#follow").click();

        phone.expectHeading("Concern " + number);
        // The acknowledgement travels through the real routes and arrives by Vaadin Push, without a reload.
        assertThat(page.locator("#timeline")).containsText("Received by ChAD",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        phone.check("timeline");

        phone.assertNoProblems();
    }

    private void person(int number, String name, String relationship, String livesWithChild,
            String parentalResponsibility) {
        fill(ConcernValidator.member(number, ConcernValidator.MEMBER_NAME), name);
        fill(ConcernValidator.member(number, ConcernValidator.MEMBER_RELATIONSHIP), relationship);
        page.locator("#" + ConcernValidator.member(number, ConcernValidator.MEMBER_LIVES_WITH_CHILD))
                .getByLabel(livesWithChild, new Locator.GetByLabelOptions().setExact(true)).check();
        page.locator("#" + ConcernValidator.member(number, ConcernValidator.MEMBER_PARENTAL_RESPONSIBILITY))
                .getByLabel(parentalResponsibility, new Locator.GetByLabelOptions().setExact(true)).check();
    }

    /**
     * The teacher's shortest way from home to "Concern sent", counted as a person spends it, is what the README
     * says it is: a field or a page more shows up here, and the figure is kept current or the change rethought.
     */
    @Test
    void the_shortest_way_to_raise_a_concern_is_the_effort_the_readme_gives() throws java.io.IOException {
        phone.signIn(port, "teacher");
        phone.raiseConcern("Ava", "Counted");
        PhoneBrowser.Effort effort = phone.effort();
        System.out.println("Raising a concern took " + effort);

        java.util.regex.Matcher figure = Pattern.compile("(\\d+) screens, (\\d+) fields typed, (\\d+) taps")
                .matcher(java.nio.file.Files.readString(Path.of("README.md")));
        org.assertj.core.api.Assertions.assertThat(figure.find()).as("the README gives the effort").isTrue();
        org.assertj.core.api.Assertions.assertThat(effort.toString())
                .isEqualTo(figure.group(1) + " screens, " + figure.group(2) + " fields typed, " + figure.group(3) + " taps");
        // Three minutes for a person in a hurry: about five seconds a tap, typing included.
        org.assertj.core.api.Assertions.assertThat(effort.taps()).as("taps").isLessThanOrEqualTo(36);
    }

    private void expectError(String message) {
        Locator summary = page.locator(".fd-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText(message);
        phone.waitForVaadin();
    }

    private void fill(String id, String value) {
        page.locator("#" + id).locator("input, textarea").fill(value);
    }

    private Locator count(String id) {
        return page.locator("#" + id + " .fd-character-count__message");
    }

    private void continueOn() {
        page.locator("#continue").click();
    }


}
