package uk.frontdoor.partner.employer.ui;

import uk.frontdoor.testsupport.Views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.council.leavingcare.OfferReviews;
import uk.frontdoor.partner.employer.OfferService;
import uk.frontdoor.partner.employer.OfferStatus;
import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** Least privilege: an employer sees only its own offers; only the leaving care team reviews and searches them. */
class OfferAccessTest extends UiTest {

    @Autowired OfferService offers;
    @Autowired OfferReviews reviews;

    @Test
    void another_employer_never_sees_or_changes_the_first_ones_offers() {
        String title = OfferForms.title("Potteries only");
        var saved = offers.saveDraft(DemoUser.EMPLOYER.currentUser(), null,
                OfferForms.valid(OfferType.TRAINEESHIP, title, "Etruria"));
        assertThat(saved.problems()).isEmpty();
        UUID id = saved.id();

        var elsewhere = DemoUser.EMPLOYER_ELSEWHERE.currentUser();
        assertThat(offers.offers(elsewhere)).allMatch(offer -> offer.organisationId().equals("employer-hanley-bakery"))
                .noneMatch(offer -> offer.id().equals(id));
        assertThat(offers.offer(elsewhere, id)).isEmpty();
        assertThat(offers.saveDraft(elsewhere, id, OfferForms.valid(OfferType.JOB, "Taken over", "Hanley")).problems())
                .isNotEmpty();
        assertThat(offers.submit(elsewhere, id)).isNotEmpty();
        assertThat(offers.withdraw(elsewhere, id)).isNotEmpty();
        assertThat(offers.offer(DemoUser.EMPLOYER.currentUser(), id).orElseThrow())
                .satisfies(offer -> assertThat(offer.title()).isEqualTo(title))
                .satisfies(offer -> assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT));

        signInAs(DemoUser.EMPLOYER_ELSEWHERE);
        UI.getCurrent().navigate(EmployerOffersView.class);
        assertThat(pageText()).doesNotContain(title);
        signInAs(DemoUser.EMPLOYER);
        UI.getCurrent().navigate(EmployerOffersView.class);
        assertThat(pageText()).contains(title);
    }

    @Test
    void a_teacher_cannot_open_offer_pages_or_use_the_services() {
        signInAs(DemoUser.TEACHER);
        for (var view : java.util.List.of(EmployerOffersView.class, Views.named("OfferReviewsView"), Views.named("PublishedOffersView"))) {
            assertRefused(() -> UI.getCurrent().navigate(view));
        }
        var teacher = DemoUser.TEACHER.currentUser();
        assertThatThrownBy(() -> offers.offers(teacher)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.saveDraft(teacher, null, OfferForms.valid(OfferType.JOB, "x", "y")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.waiting(teacher)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.published(teacher, null, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_leaving_care_team_reviews_and_searches_and_the_team_does_not_write_offers() {
        signInAs(DemoUser.EMPLOYER);
        assertRefused(() -> UI.getCurrent().navigate(Views.named("OfferReviewsView")));
        assertRefused(() -> UI.getCurrent().navigate(Views.named("PublishedOffersView")));
        var employer = DemoUser.EMPLOYER.currentUser();
        UUID any = UUID.randomUUID();
        assertThatThrownBy(() -> reviews.waiting(employer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.published(employer, null, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.approve(employer, any)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.returnWithQuestions(employer, any, "Why?"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.tellInterest(employer, any)).isInstanceOf(AccessDeniedException.class);

        signInAs(DemoUser.LEAVING_CARE);
        assertRefused(() -> UI.getCurrent().navigate(EmployerOffersView.class));
        assertThatThrownBy(() -> offers.offers(DemoUser.LEAVING_CARE.currentUser()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
