package uk.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.education.MissingEducationForm;
import uk.frontdoor.partner.education.MissingEducationNotices;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PhoneBrowser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * The front door's practice pages on a phone, each checked by axe-core against WCAG 2.2 AA and for sideways
 * scrolling, their error states included: telling ChAD you disagree with a decision and the duty managers' challenges;
 * a school's notice of a pupil missing education, its timeline and list, and the officer's cases; an employer's
 * choice of how to be told there is news.
 */
class PracticePagesBrowserTest extends PortalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort int port;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired MissingEducationNotices notices;
    @Autowired JdbcClient jdbc;

    @Test
    void every_practice_page_passes_wcag_22_aa_on_a_phone() {
        Path screenshots = Path.of("target", "screenshots", "practice");
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Pia", "Practice"));
        UUID contact = Concerns.awaitContact(jdbc, reference);
        decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.EARLY_HELP, Set.of("16A"), 2, "Early help offer to the family."));
        eventually("the decision reaches the teacher", WAIT, () -> concerns.lookup(DemoUser.TEACHER.currentUser(), reference)
                .orElseThrow().mayBeChallenged());
        String notice = notices.tell(DemoUser.TEACHER.currentUser(), new MissingEducationForm("Pia", "Practice",
                "2015-02-03", null, null, LocalDate.now().minusWeeks(3).toString(), "Calls and a home visit.", null, "no"))
                .reference();
        eventually("the officer has the notice", WAIT, () -> jdbc.sql("SELECT count(*) FROM cme_case WHERE reference = ?")
                .param(notice).query(Long.class).single() == 1);
        UUID cmeCase = jdbc.sql("SELECT id FROM cme_case WHERE reference = ?").param(notice).query(UUID.class).single();

        PhoneBrowser.as(port, "teacher", screenshots.resolve("teacher"), phone -> {
            phone.visit(port, "concern/disagree/" + reference, "Tell ChAD why you disagree with the decision", "disagree");
            phone.page().locator("#send-challenge").click();
            assertThat(phone.page().locator(".fd-error-summary").first()).isVisible();
            phone.check("disagree-errors");
            phone.visit(port, "education/missing", "Tell the council a pupil is missing education", "missing-education");
            phone.page().locator("#send-missing-education").click();
            assertThat(phone.page().locator(".fd-error-summary").first()).isVisible();
            phone.check("missing-education-errors");
            phone.visit(port, "education/notice/" + notice, "Pupil missing education " + notice, "missing-education-notice");
            phone.visit(port, "education/notices", "Pupils missing education you told the council about",
                    "missing-education-notices");
        });
        concerns.challenge(DemoUser.TEACHER.currentUser(), reference, "A social worker should see the family.");
        eventually("the duty managers have the challenge", WAIT, () -> jdbc.sql(
                "SELECT count(*) FROM duty_challenge WHERE contact_id = ?").param(contact).query(Long.class).single() == 1);
        PhoneBrowser.as(port, "manager", screenshots.resolve("manager"), phone ->
                phone.visit(port, "duty/challenges", "Challenges to decisions", "challenges"));
        PhoneBrowser.as(port, "cme", screenshots.resolve("cme"), phone -> {
            phone.visit(port, "education/cases", "Children missing education", "cme-cases");
            phone.visit(port, "education/case/" + cmeCase, notice + ": Pia Practice", "cme-case");
            phone.page().locator("#record-outcome").click();
            assertThat(phone.page().locator(".fd-error-summary").first()).isVisible();
            phone.check("cme-case-errors");
        });
    }

    @Test
    void the_employers_news_choice_passes_wcag_22_aa_on_a_phone_with_its_errors() {
        Path screenshots = Path.of("target", "screenshots", "practice", "employer");
        try {
            PhoneBrowser.as(port, "employer", screenshots, phone -> {
                phone.visit(port, "employer/news", "How should we tell you there is news?", "employer-news");
                phone.page().locator("#save-news").click();
                assertThat(phone.page().locator(".fd-error-summary").first()).isVisible();
                phone.check("employer-news-errors");
                phone.page().locator("#news-how vaadin-radio-button", new Page.LocatorOptions().setHasText("Text message"))
                        .click();
                phone.page().locator("#news-mobile input").fill("0161 496 0000");
                phone.page().locator("#save-news").click();
                assertThat(phone.page().locator(".fd-error-summary").first())
                        .containsText("Enter a UK mobile number, like 07700 900982");
                phone.check("employer-news-mobile-error");
                phone.page().locator("#news-mobile input").fill("07700 900123");
                phone.page().locator("#save-news").click();
                assertThat(phone.page().locator("#news-saved")).hasText("Saved: Text message");
                phone.check("employer-news-saved");
            });
        } finally {
            jdbc.sql("DELETE FROM news_choice WHERE audience = 'employer'").update();
        }
    }
}
