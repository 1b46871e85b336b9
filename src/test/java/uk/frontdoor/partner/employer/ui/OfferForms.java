package uk.frontdoor.partner.employer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import uk.frontdoor.partner.employer.Offer;
import uk.frontdoor.partner.employer.OfferForm;
import uk.frontdoor.council.leavingcare.OfferReviews;
import uk.frontdoor.partner.employer.OfferService;
import uk.frontdoor.partner.employer.OfferStatus;
import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;

/** Filling in an employer's offer as the employer would, and getting one published. */
final class OfferForms {

    static final Duration WAIT = Duration.ofSeconds(20);

    private OfferForms() {
    }

    /** A complete, valid offer closing in a month; the title makes it recognisable in a shared database. */
    static OfferForm valid(OfferType type, String title, String location) {
        LocalDate closing = LocalDate.now().plusMonths(1);
        return new OfferForm(type, title, "Six months learning the warehouse, with a mentor.", location, false,
                "30 a week", "16", "24", Integer.toString(closing.getDayOfMonth()),
                Integer.toString(closing.getMonthValue()), Integer.toString(closing.getYear()), "yes", "2");
    }

    static String title(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static void fillIn(OfferForm form) {
        Type.into(radios(OfferForm.TYPE), form.type());
        Type.into(text(OfferForm.TITLE), form.title());
        Type.into(_get(TextArea.class, spec -> spec.withId(OfferForm.DESCRIPTION)), form.description());
        Type.into(text(OfferForm.LOCATION), form.location());
        Type.into(_get(Checkbox.class, spec -> spec.withId(OfferForm.REMOTE)), form.remote());
        Type.into(text(OfferForm.HOURS), form.hours());
        Type.into(text(OfferForm.AGE_FROM), form.ageFrom());
        Type.into(text(OfferForm.AGE_TO), form.ageTo());
        MemorableDate closing = _get(MemorableDate.class, spec -> spec.withId(OfferForm.CLOSING));
        Type.into(closing.day(), form.closingDay());
        Type.into(closing.month(), form.closingMonth());
        Type.into(closing.year(), form.closingYear());
        if (form.guaranteedInterview() == null) {
            radios(OfferForm.INTERVIEW).clear();
        } else {
            Type.into(radios(OfferForm.INTERVIEW), form.guaranteedInterview());
        }
        Type.into(text(OfferForm.PLACES), form.places());
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> RadioButtonGroup<T> radios(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    /** The employer's offer with this title (the employer's own only). */
    static Offer mine(OfferService offers, DemoUser employer, String title) {
        return offers.offers(employer.currentUser()).stream().filter(offer -> offer.title().equals(title))
                .findFirst().orElseThrow();
    }

    /** An offer from this employer, sent, received, approved and published; returns its id. */
    static UUID published(OfferService offers, OfferReviews reviews, DemoUser employer, OfferForm form) {
        var saved = offers.saveDraft(employer.currentUser(), null, form);
        assertThat(saved.problems()).isEmpty();
        assertThat(offers.submit(employer.currentUser(), saved.id())).isEmpty();
        var team = DemoUser.LEAVING_CARE.currentUser();
        eventually("the leaving care team has the offer", WAIT, () -> reviews.find(team, saved.id()).isPresent());
        assertThat(reviews.approve(team, saved.id())).isEmpty();
        eventually("the employer hears it is published", WAIT, () ->
                offers.offer(employer.currentUser(), saved.id()).orElseThrow().status() == OfferStatus.PUBLISHED);
        return saved.id();
    }
}
