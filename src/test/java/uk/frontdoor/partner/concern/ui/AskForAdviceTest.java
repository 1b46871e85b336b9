package uk.frontdoor.partner.concern.ui;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.AdviceRequest;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.TimelineEntry;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.council.duty.DutyContact;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.InboxFilter;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;

/** A GP asks ChAD for advice without making a referral; a duty worker calls back and records the advice. */
class AskForAdviceTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ConcernService concerns;
    @Autowired DutyInbox inbox;
    @Autowired JdbcClient jdbc;

    @Autowired uk.frontdoor.council.performance.PerformanceInformation performance;

    @Test
    void a_gp_asks_for_advice_and_hears_it_back_as_an_advice_contact_not_a_referral() {
        var period = uk.frontdoor.council.performance.ReportingPeriod.lastFourWeeks(java.time.LocalDate.now());
        var before = performance.report(DemoUser.MANAGER.currentUser(), period);
        signInAs(DemoUser.GP);
        UI.getCurrent().navigate(AskForAdviceView.class);
        _click(_get(Button.class, spec -> spec.withId("ask-for-advice")));
        assertThat(errors()).containsExactly("Tell us what you would like advice about",
                "Enter a phone number we can call you back on");
        Type.into(_get(TextArea.class, spec -> spec.withId(AdviceRequest.QUESTION)),
                "A mother with postnatal depression missed two appointments. Should I refer?");
        Type.into(_get(TextField.class, spec -> spec.withId(AdviceRequest.PHONE)), "call me");
        _click(_get(Button.class, spec -> spec.withId("ask-for-advice")));
        assertThat(errors()).containsExactly("Enter a phone number, like 01782 235100 or 07700 900 982");
        Type.into(_get(TextField.class, spec -> spec.withId(AdviceRequest.PHONE)), "01782 555 123");
        Type.into(_get(TextField.class, spec -> spec.withId(AdviceRequest.BEST_TIME)), "After 4pm");
        _click(_get(Button.class, spec -> spec.withId("ask-for-advice")));

        String heading = _get(H1.class).getText();
        assertThat(heading).startsWith("Request for advice FD-");
        String reference = heading.substring("Request for advice ".length());
        eventually("ChAD receives the request", WAIT, () -> timeline(reference).contains(TimelineStatus.RECEIVED));
        DutyContact request = inbox.list(DemoUser.DUTY.currentUser(), InboxFilter.ADVICE, null).stream()
                .filter(contact -> contact.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(request.adviceRequest()).isTrue();
        assertThat(request.referralSource()).isEqualTo("3A");

        signInAs(DemoUser.DUTY);
        Views.open("DutyContactView", request.id().toString());
        assertThat(pageText()).contains("postnatal depression", "01782 555 123", "After 4pm").doesNotContain("Earlier contacts");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream()
                .map(com.vaadin.flow.component.html.Anchor::getHref)).as("the number to call back, tap to call")
                .contains("tel:01782555123");
        _click(_get(Button.class, spec -> spec.withId("record-advice")));
        assertThat(errors()).containsExactly("Write the advice you gave");
        Type.into(_get(TextArea.class, spec -> spec.withId(uk.frontdoor.council.duty.DutyDecisions.ADVICE)),
                "Offer early help through the health visitor; refer if she misses the next visit.");
        _click(_get(Button.class, spec -> spec.withId("record-advice")));

        eventually("the advice and the outcome reach the GP", WAIT, () ->
                timeline(reference).containsAll(List.of(TimelineStatus.MESSAGE_FROM_CHAD, TimelineStatus.DECISION)));
        assertThat(concerns.messages(DemoUser.GP.currentUser(), reference).getLast().text())
                .isEqualTo("Offer early help through the health visitor; refer if she misses the next visit.");
        assertThat(concerns.lookup(DemoUser.GP.currentUser(), reference).orElseThrow().timeline().stream()
                .filter(entry -> entry.status() == TimelineStatus.DECISION).findFirst().orElseThrow().detail())
                .contains("Information and advice", "stayed a contact");
        assertThat(jdbc.sql("SELECT kind || ' ' || outcome FROM duty_contact WHERE id = ?").param(request.id())
                .query(String.class).single()).isEqualTo("advice ADVICE");

        // Counted as a request for advice, apart from contacts about children.
        var after = performance.report(DemoUser.MANAGER.currentUser(), period);
        assertThat(after.adviceRequests()).isEqualTo(before.adviceRequests() + 1);
        assertThat(after.contacts()).isEqualTo(before.contacts());
    }

    @Test
    void the_same_click_reaching_the_server_twice_makes_one_request_for_advice() {
        signInAs(DemoUser.GP);
        UI.getCurrent().navigate(AskForAdviceView.class);
        String question = "Is a bruise on a toddler's cheek enough to refer? " + UUID.randomUUID();
        Type.into(_get(TextArea.class, spec -> spec.withId(AdviceRequest.QUESTION)), question);
        Type.into(_get(TextField.class, spec -> spec.withId(AdviceRequest.PHONE)), "01782 555 123");
        Button send = _get(Button.class, spec -> spec.withId("ask-for-advice"));
        _click(send);
        String heading = _get(H1.class).getText();

        // The page has moved on; a retried request brings the same click to the page that sent it.
        ComponentUtil.fireEvent(send, new ClickEvent<>(send));

        assertThat(_get(H1.class).getText()).isEqualTo(heading);
        assertThat(jdbc.sql("SELECT count(*) FROM concern WHERE answers->>'question' = ?").param(question)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_gp_sees_on_their_page_what_they_asked_and_a_colleague_elsewhere_does_not() {
        signInAs(DemoUser.GP);
        UI.getCurrent().navigate(AskForAdviceView.class);
        Type.into(_get(TextArea.class, spec -> spec.withId(AdviceRequest.QUESTION)), "Should I refer a missed immunisation?");
        Type.into(_get(TextField.class, spec -> spec.withId(AdviceRequest.PHONE)), "01782 555 123");
        @SuppressWarnings("unchecked")
        var request = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>) _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId(AdviceRequest.REQUEST));
        Type.into(request, "advice-for-me");
        _click(_get(Button.class, spec -> spec.withId("ask-for-advice")));
        String reference = _get(H1.class).getText().substring("Request for advice ".length());

        UI.getCurrent().navigate(ConcernTimelineView.class, reference);
        assertThat(pageText()).contains("What you asked", "Should I refer a missed immunisation?", "You would likeAdvice for me",
                "01782 555 123").doesNotContain("When is best to call");

        signInAs(DemoUser.TEACHER);
        UI.getCurrent().navigate(ConcernTimelineView.class, reference);
        assertThat(pageText()).doesNotContain("What you asked", "missed immunisation", "01782 555 123");
    }

    private List<TimelineStatus> timeline(String reference) {
        return concerns.lookup(DemoUser.GP.currentUser(), reference).orElseThrow().timeline().stream()
                .map(TimelineEntry::status).toList();
    }


}
