package uk.frontdoor.partner.concern.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;
import static uk.frontdoor.testsupport.NotifyReceipts.receiptFor;

import com.vaadin.flow.component.UI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.TimelineEntry;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.StandInNotify;
import uk.frontdoor.testsupport.NotifyReceipts;
import uk.frontdoor.testsupport.UiTest;

/**
 * A referrer who asked for a text message hears there is news through GOV.UK Notify (a stand-in on loopback), and
 * Notify's delivery receipt lands on that referrer's timeline once, over real HTTP with the callback token.
 */
class ReferrerTextMessageTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyDecisions decisions;
    @Autowired JdbcClient jdbc;

    @Test
    void the_decision_is_texted_through_notify_and_its_delivery_shows_once_on_the_referrers_own_timeline() throws Exception {
        String reference = raiseAndDecide(DemoUser.TEACHER, "text", "Tia");

        JsonNode text = awaitTextMessage(reference);
        assertThat(text.get("phone_number").asString()).isEqualTo("07700900982");
        assertThat(text.get("template_id").asString()).isEqualTo(StandInNotify.SMS_TEMPLATE);
        assertThat(text.toString()).doesNotContain("Tia", "Texted", "Station Road", "ST4", "Strategy", "Injury");
        String messageId = text.get("reference").asString();

        HttpResponse<String> first = receipt(NOTIFY_CALLBACK_TOKEN, receiptFor(messageId, "delivered"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        // Notify retries a callback it is not sure arrived.
        HttpResponse<String> again = receipt(NOTIFY_CALLBACK_TOKEN, receiptFor(messageId, "delivered"));
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.body()).contains("already-received");

        var timeline = concerns.lookup(DemoUser.TEACHER.currentUser(), reference).orElseThrow();
        assertThat(timeline.timeline()).map(TimelineEntry::status).containsOnlyOnce(TimelineStatus.TEXT_DELIVERED);
        assertThat(timeline.latest().status()).as("how the referrer heard is not where the concern is")
                .isEqualTo(TimelineStatus.DECISION);
        assertThat(jdbc.sql("SELECT status FROM news_notification WHERE message_id = ?").param(messageId)
                .query(String.class).single()).isEqualTo("delivered");

        signInAs(DemoUser.TEACHER);
        UI.getCurrent().navigate("concerns/" + reference);
        assertThat(pageText()).contains("Text message delivered").doesNotContain("07700");

        // Their safeguarding lead and their school's system see the concern, not how its referrer was told.
        assertThat(concerns.lookup(DemoUser.LEAD.currentUser(), reference).orElseThrow().timeline())
                .noneMatch(entry -> entry.status().isDeliveryReceipt());
        assertThat(concerns.raisedFrom(DemoUser.TEACHER.organisation)).filteredOn(concern -> concern.reference().equals(reference))
                .singleElement().satisfies(concern -> assertThat(concern.timeline())
                        .noneMatch(entry -> entry.status().isDeliveryReceipt()));
        signInAs(DemoUser.LEAD);
        UI.getCurrent().navigate("concerns/" + reference);
        assertThat(pageText()).contains("ChAD has decided").doesNotContain("Text message delivered");
    }

    @Test
    void a_text_message_notify_could_not_deliver_says_so_in_plain_english() throws Exception {
        String reference = raiseAndDecide(DemoUser.GP, "text", "Ula");
        String messageId = awaitTextMessage(reference).get("reference").asString();

        assertThat(receipt(NOTIFY_CALLBACK_TOKEN, receiptFor(messageId, "permanent-failure")).statusCode()).isEqualTo(202);

        assertThat(concerns.lookup(DemoUser.GP.currentUser(), reference).orElseThrow().timeline())
                .map(entry -> entry.status().label())
                .containsOnlyOnce("We could not deliver the text message")
                .doesNotContain("Text message delivered");
    }

    @Test
    void nobody_is_texted_or_emailed_who_chose_not_to_be_told() {
        String reference = raiseAndDecide(DemoUser.GP, "none", "Vera");
        // Notifications are queued in the transaction that lands the decision: none now means none ever.
        assertThat(jdbc.sql("SELECT count(*) FROM news_notification WHERE audience = 'referrer' "
                + "AND reference = ?").param(reference).query(Long.class).single()).isZero();
        assertThat(StandInNotify.shared().requests()).noneMatch(request -> request.body().contains(reference));
    }

    @Test
    void a_receipt_without_the_callback_token_is_refused() throws Exception {
        String body = receiptFor("text-decision-" + UUID.randomUUID(), "delivered");
        assertThat(receipt(null, body).statusCode()).isEqualTo(401);
        assertThat(receipt("not-the-token", body).statusCode()).isEqualTo(401);
        assertThat(receipt(NOTIFY_CALLBACK_TOKEN + "x", body).statusCode()).isEqualTo(401);
        // Not an OAuth2 endpoint: a partner's token is no use here either.
        assertThat(receipt("eyJhbGciOiJSUzI1NiJ9.e30.c2ln", body).statusCode()).isEqualTo(401);
    }

    @Test
    void a_receipt_for_a_notification_we_never_sent_is_404_and_one_that_is_not_notifys_json_is_400() throws Exception {
        assertThat(receipt(NOTIFY_CALLBACK_TOKEN, receiptFor("text-decision-" + UUID.randomUUID(), "delivered"))
                .statusCode()).isEqualTo(404);
        for (String malformed : List.of("not json", "[]", "{}", receiptFor("text-1", "sending"),
                receiptFor("text-1", "delivered").replace("\"id\"", "\"identity\""),
                receiptFor("text-1", "delivered").replace("2026-11-22T10:15:31.000000Z", "yesterday"))) {
            HttpResponse<String> response = receipt(NOTIFY_CALLBACK_TOKEN, malformed);
            assertThat(response.statusCode()).as(malformed).isEqualTo(400);
        }
    }

    private String raiseAndDecide(DemoUser referrer, String howToTell, String firstName) {
        ConcernAnswers answers = Answers.complete(firstName, "Texted");
        answers.setHowToTell(howToTell);
        answers.setMobileNumber("text".equals(howToTell) ? "+44 7700 900 982" : null);
        String reference = Concerns.raise(drafts, concerns, referrer, answers);
        UUID contact = Concerns.awaitContact(jdbc, reference);
        decisions.decide(DemoUser.DUTY.currentUser(), contact,
                new DecisionForm(ContactOutcome.STRATEGY_S47, Set.of("18C"), 4, "Injury explained inconsistently."));
        eventually("the decision lands", WAIT, () -> concerns.lookup(referrer.currentUser(), reference).orElseThrow()
                .timeline().stream().anyMatch(entry -> entry.status() == TimelineStatus.DECISION));
        return reference;
    }

    /** The one text message about the concern that reached the stand-in Notify: its JSON body. */
    private static JsonNode awaitTextMessage(String reference) {
        eventually("the text message reaches Notify", WAIT, () -> textsAbout(reference).size() == 1);
        StandInNotify.Request request = textsAbout(reference).getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.authorization()).startsWith("Bearer ");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("phone_number", "template_id", "personalisation", "reference");
        assertThat(body.get("personalisation").propertyNames()).containsExactlyInAnyOrder("reference", "link");
        assertThat(body.get("personalisation").get("reference").asString()).isEqualTo(reference);
        return body;
    }

    private static List<StandInNotify.Request> textsAbout(String reference) {
        return StandInNotify.shared().requests().stream()
                .filter(request -> request.path().equals("/v2/notifications/sms") && request.body().contains(reference))
                .toList();
    }

    private HttpResponse<String> receipt(String bearer, String body) throws Exception {
        return NotifyReceipts.post(port, bearer, body);
    }
}
