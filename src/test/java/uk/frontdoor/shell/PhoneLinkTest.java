package uk.frontdoor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;

/** Every number in a sentence that tells someone to call becomes a number they can tap; nothing else does. */
class PhoneLinkTest {

    @Test
    void each_number_in_a_sentence_is_a_tap_to_call_link_and_the_words_stay_as_written() {
        var sentence = PhoneLink.within("Call 999, then ChAD on 01782 235100 (Mon-Thu 08:30-17:00) or 01782234234.");
        assertThat(sentence.getChildren().filter(Anchor.class::isInstance).map(link -> ((Anchor) link).getHref()))
                .containsExactly("tel:999", "tel:01782235100", "tel:01782234234");
        assertThat(sentence.getElement().getTextRecursively())
                .isEqualTo("Call 999, then ChAD on 01782 235100 (Mon-Thu 08:30-17:00) or 01782234234.");
    }

    @Test
    void references_dates_and_longer_numbers_are_not_taken_for_phone_numbers() {
        var sentence = PhoneLink.within("Reference FD-2026-000123, NHS number 485 777 3456, 19999 on 12 05 2026.");
        assertThat(sentence.getChildren().filter(Anchor.class::isInstance)).isEmpty();
    }
}
