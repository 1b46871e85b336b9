package uk.frontdoor.partner.employer.ui;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.partner.employer.ui.OfferForms.WAIT;
import static uk.frontdoor.partner.employer.ui.OfferForms.click;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.jms.Message;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.partner.employer.Offer;
import uk.frontdoor.partner.employer.OfferForm;
import uk.frontdoor.partner.employer.OfferMessages;
import uk.frontdoor.council.leavingcare.OfferReviews;
import uk.frontdoor.partner.employer.OfferService;
import uk.frontdoor.partner.employer.OfferStatus;
import uk.frontdoor.council.leavingcare.OfferToReview;
import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;

/**
 * An employer's offer for care-experienced young people goes from draft to the leaving care team and back; the
 * team publishes it, searches it, and tells the employer a young person is interested without saying who.
 */
class OffersTest extends UiTest {

    @Autowired OfferService offers;
    @Autowired OfferReviews reviews;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;
    @Autowired JsonMapper json;

    @Test
    void an_offer_is_corrected_saved_as_a_draft_sent_returned_with_questions_resent_published_and_withdrawn() {
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerOffersView.class);
        click("send-offer");
        assertThat(errors()).containsExactly("Select the type of offer", "Enter a title for the offer",
                "Describe the offer", "Enter a town or postcode, or select that it can be done remotely",
                "Enter the hours, like 30 a week", "The youngest age must be a whole number from 16 to 25",
                "The oldest age must be a whole number from 16 to 25", "Enter the closing date",
                "Select yes if young people who apply are guaranteed an interview",
                "The number of places must be a whole number from 1 to 50");
        String title = OfferForms.title("Warehouse apprenticeship");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        OfferForms.fillIn(new OfferForm(OfferType.APPRENTICESHIP, title, "x".repeat(2001), "", true, "30 a week",
                "20", "18", Integer.toString(yesterday.getDayOfMonth()), Integer.toString(yesterday.getMonthValue()),
                Integer.toString(yesterday.getYear()), "no", "51"));
        click("save-offer");
        assertThat(errors()).containsExactly("The description must be 2000 characters or fewer",
                "The oldest age must be the same as or more than the youngest age",
                "The closing date must be today or in the future",
                "The number of places must be a whole number from 1 to 50");
        assertThat(offers.offers(DemoUser.EMPLOYER.currentUser())).noneMatch(offer -> offer.title().equals(title));

        OfferForms.fillIn(OfferForms.valid(OfferType.APPRENTICESHIP, title, "Stoke-on-Trent ST4"));
        click("save-offer");
        assertThat(errors()).isEmpty();
        Offer draft = OfferForms.mine(offers, DemoUser.EMPLOYER, title);
        assertThat(draft.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(pageText()).contains("Saved as a draft: " + title, "Draft: not sent yet");
        String id = draft.id().toString();

        click("edit-" + id);
        assertThat(OfferForms.text(OfferForm.TITLE).getValue()).isEqualTo(title);
        Type.into(OfferForms.text(OfferForm.HOURS), "25 a week");
        click("save-offer");
        assertThat(errors()).isEmpty();
        assertThat(offers.offer(DemoUser.EMPLOYER.currentUser(), draft.id()).orElseThrow())
                .extracting(Offer::hours, Offer::status).containsExactly("25 a week", OfferStatus.DRAFT);

        click("submit-" + id);
        assertThat(errors()).isEmpty();
        assertThat(status(draft.id())).isIn(OfferStatus.SUBMITTED, OfferStatus.RECEIVED);
        eventually("the council receives it", WAIT, () -> status(draft.id()) == OfferStatus.RECEIVED);
        eventually("the open page shows it was received", WAIT, () -> {
            roundTrip();
            return pageText().contains("Received by the council, waiting for approval");
        });

        signInAs(DemoUser.LEAVING_CARE);
        UI.getCurrent().navigate(Views.named("OfferReviewsView"));
        assertThat(pageText()).contains(title, "Potteries", "25 a week", "16 to 24");
        click("return-" + id);
        assertThat(errors()).containsExactly("Enter your questions for the employer");
        String questions = "Is there a mentor for each apprentice? " + UUID.randomUUID();
        Type.into(_get(TextArea.class, spec -> spec.withId(OfferReviews.COMMENT + "-" + id)), questions);
        click("return-" + id);
        assertThat(errors()).isEmpty();
        assertThat(audited("OFFER_RETURNED", draft.id(), 1)).isEqualTo(1);

        eventually("the employer hears of the questions", WAIT, () -> status(draft.id()) == OfferStatus.RETURNED);
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerOffersView.class);
        assertThat(pageText()).contains("Returned with questions: " + questions);
        click("edit-" + id);
        Type.into(_get(TextArea.class, spec -> spec.withId(OfferForm.DESCRIPTION)),
                "Six months in the warehouse; every apprentice has a named mentor.");
        click("send-offer");
        assertThat(errors()).isEmpty();
        assertThat(offers.offer(DemoUser.EMPLOYER.currentUser(), draft.id()).orElseThrow().version()).isEqualTo(2);
        eventually("the team has the second version", WAIT, () -> reviews.find(DemoUser.LEAVING_CARE.currentUser(),
                draft.id()).map(offer -> offer.version() == 2 && offer.status().equals("WAITING")).orElse(false));

        signInAs(DemoUser.LEAVING_CARE);
        UI.getCurrent().navigate(Views.named("OfferReviewsView"));
        assertThat(pageText()).contains("every apprentice has a named mentor");
        click("approve-" + id);
        assertThat(errors()).isEmpty();
        assertThat(audited("OFFER_PUBLISHED", draft.id(), 2)).isEqualTo(1);
        assertThat(reviews.published(DemoUser.LEAVING_CARE.currentUser(), null, null, null))
                .anyMatch(offer -> offer.id().equals(draft.id()));

        eventually("the employer hears it is published", WAIT, () -> status(draft.id()) == OfferStatus.PUBLISHED);
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerOffersView.class);
        assertThat(pageText()).contains("Approved and published").doesNotContain(questions);
        click("withdraw-" + id);
        assertThat(errors()).isEmpty();
        assertThat(status(draft.id())).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(pageText()).contains("Withdrawn: " + title);
        eventually("the offer comes off the published list", WAIT, () ->
                reviews.published(DemoUser.LEAVING_CARE.currentUser(), null, null, null).stream()
                        .noneMatch(offer -> offer.id().equals(draft.id())));
    }

    @Test
    void the_team_tells_the_employer_a_young_person_is_interested_and_nothing_about_them_reaches_the_employer() {
        String title = OfferForms.title("Office work experience");
        UUID id = OfferForms.published(offers, reviews, DemoUser.EMPLOYER,
                OfferForms.valid(OfferType.WORK_EXPERIENCE, title, "Hanley ST1"));

        signInAs(DemoUser.LEAVING_CARE);
        UI.getCurrent().navigate(Views.named("PublishedOffersView"));
        click("interest-" + id);
        assertThat(errors()).isEmpty();
        assertThat(pageText()).contains("The employer has been told a young person is interested in " + title);

        String expected = "A young person is interested in " + title + "; the leaving care team will contact you";
        eventually("the employer is told", WAIT, () ->
                expected.equals(OfferForms.mine(offers, DemoUser.EMPLOYER, title).interestNote()));
        assertThat(jdbc.sql("SELECT interest_note FROM employer_offer WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo(expected);
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerOffersView.class);
        assertThat(pageText()).contains(expected);
        assertThat(audited("OFFER_INTEREST_SENT", id, 1)).isEqualTo(1);
    }

    @Test
    void the_published_list_is_searched_by_type_place_and_closing_date_and_closed_offers_drop_off() {
        String town = "Town" + UUID.randomUUID().toString().substring(0, 8);
        String mentoringTitle = OfferForms.title("Mentoring");
        String expiringTitle = OfferForms.title("Expiring job");
        UUID mentoring = OfferForms.published(offers, reviews, DemoUser.EMPLOYER,
                OfferForms.valid(OfferType.MENTORING, mentoringTitle, town + " North"));
        UUID job = OfferForms.published(offers, reviews, DemoUser.EMPLOYER_ELSEWHERE,
                OfferForms.valid(OfferType.JOB, OfferForms.title("Bakery job"), "ST6 " + town));
        UUID expiring = OfferForms.published(offers, reviews, DemoUser.EMPLOYER,
                OfferForms.valid(OfferType.JOB, expiringTitle, town));
        var team = DemoUser.LEAVING_CARE.currentUser();
        assertThat(reviews.published(team, null, town.toLowerCase(), null)).extracting(OfferToReview::id)
                .containsExactlyInAnyOrder(mentoring, job, expiring);
        assertThat(reviews.published(team, OfferType.JOB, town, null)).extracting(OfferToReview::id)
                .containsExactlyInAnyOrder(job, expiring);

        jdbc.sql("UPDATE council_offer SET closing_date = ? WHERE id = ?").params(LocalDate.now().minusDays(1), expiring)
                .update();
        jdbc.sql("UPDATE council_offer SET closing_date = ? WHERE id = ?").params(LocalDate.now().plusDays(60), job)
                .update();
        assertThat(reviews.published(team, null, town, null)).extracting(OfferToReview::id)
                .containsExactlyInAnyOrder(mentoring, job);
        assertThat(reviews.published(team, null, town, LocalDate.now().plusDays(45))).extracting(OfferToReview::id)
                .containsExactly(job);

        signInAs(DemoUser.LEAVING_CARE);
        UI.getCurrent().navigate(Views.named("PublishedOffersView"));
        Type.into(OfferForms.<String>radios("search-type"), OfferType.JOB.name());
        Type.into(OfferForms.text("search-place"), town);
        click("search-offers");
        assertThat(errors()).isEmpty();
        assertThat(pageText()).contains("1 offer", "Bakery job").doesNotContain(expiringTitle, mentoringTitle);
        MemorableDate after = _get(MemorableDate.class, spec -> spec.withId("search-closing-after"));
        Type.into(after.day(), "31");
        Type.into(after.month(), "2");
        Type.into(after.year(), "2027");
        click("search-offers");
        assertThat(errors()).containsExactly("The date must be a real date, like 27 3 2027");
    }

    @Test
    void a_malformed_offer_is_parked_with_its_reason_and_a_duplicate_is_processed_once() {
        String marker = UUID.randomUUID().toString();
        jms.convertAndSend("council.offers", "{\"contract\":\"offer.v1\",\"messageId\":\"bad-1\"}", message -> {
            message.setStringProperty("testMarker", marker);
            return message;
        });
        eventually("the offer is parked", WAIT, () -> jms.browseSelected("dead-letters", "testMarker = '" + marker + "'",
                (session, browser) -> browser.getEnumeration().hasMoreElements()));
        String reason = jms.browseSelected("dead-letters", "testMarker = '" + marker + "'",
                (session, browser) -> ((Message) browser.getEnumeration().nextElement()).getStringProperty("FrontDoorFailureReason"));
        assertThat(reason).startsWith("ContractViolation: offer.v1:");

        UUID id = UUID.randomUUID();
        String messageId = OfferMessages.newMessageId();
        String offer = OfferMessages.submitted(messageId, id, 1, "Duplicate job");
        jms.convertAndSend("council.offers", offer);
        eventually("the offer arrives", WAIT, () -> reviews.find(DemoUser.LEAVING_CARE.currentUser(), id).isPresent());
        assertThat(reviews.approve(DemoUser.LEAVING_CARE.currentUser(), id)).isEmpty();
        jms.convertAndSend("council.offers", offer);
        eventually("the duplicate is consumed", WAIT, () -> jms.browse("council.offers",
                (session, browser) -> !browser.getEnumeration().hasMoreElements()));
        assertThat(jdbc.sql("SELECT count(*) FROM council_offer WHERE id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(reviews.find(DemoUser.LEAVING_CARE.currentUser(), id).orElseThrow().status())
                .as("the duplicate did not put it back for review").isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("SELECT count(*) FROM processed_message WHERE consumer = 'offer-intake' AND message_id = ?")
                .param(messageId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_withdrawal_that_overtakes_its_submission_on_the_queue_keeps_the_offer_off_the_review_page() {
        UUID id = UUID.randomUUID();
        String title = OfferForms.title("Overtaken job");
        deliver(OfferMessages.withdrawn(OfferMessages.newMessageId(), id, 1));
        deliver(OfferMessages.submitted(OfferMessages.newMessageId(), id, 1, title));

        assertThat(reviews.find(DemoUser.LEAVING_CARE.currentUser(), id).orElseThrow().status()).isEqualTo("WITHDRAWN");
        signInAs(DemoUser.LEAVING_CARE);
        UI.getCurrent().navigate(Views.named("OfferReviewsView"));
        assertThat(pageText()).doesNotContain(title);
    }

    /** Puts an offer.v1 message on the council's queue and waits until the intake has taken it. */
    private void deliver(String offer) {
        String messageId = json.readTree(offer).get("messageId").asString();
        jms.convertAndSend("council.offers", offer);
        eventually("the intake takes " + messageId, WAIT, () -> jdbc.sql(
                "SELECT count(*) FROM processed_message WHERE consumer = 'offer-intake' AND message_id = ?")
                .param(messageId).query(Long.class).single() == 1);
    }

    private OfferStatus status(UUID id) {
        return offers.offer(DemoUser.EMPLOYER.currentUser(), id).orElseThrow().status();
    }

    private int audited(String action, UUID id, int version) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND subject = ?")
                .params(action, "offer " + id + " v" + version).query(Integer.class).single();
    }
}
