package uk.frontdoor.shell;

import uk.frontdoor.validation.FieldError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.partner.concern.AdviceRequest;
import uk.frontdoor.partner.employer.OfferForm;
import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.partner.employer.RegistrationForm;
import uk.frontdoor.messaging.ConversationMessage;

/**
 * The text rule holds on every form, not only the concern's: a NUL or another control character is a field error
 * in plain words (PostgreSQL would refuse it with a failure), a line break is fine in long text only.
 */
class EveryFormTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String NUL = "\u0000";

    @Test
    void an_employers_registration_refuses_control_characters_in_its_names_and_allows_line_breaks_in_the_address() {
        List<FieldError> problems = new RegistrationForm("Potteries" + NUL + " Ltd", "1 Station Road\nStoke-on-Trent",
                "10-49", "Emma\u0007Employer", "emma@potteries.example", "01782 000000", "5", "yes", "yes",
                "An email" + NUL, "1", "9", "2025").problems(TODAY);
        assertThat(problems).extracting(FieldError::field)
                .containsExactlyInAnyOrder(RegistrationForm.NAME, RegistrationForm.CONTACT_NAME, RegistrationForm.HOW_TOLD);
        assertThat(problems).extracting(FieldError::message).allMatch(message -> message.contains("control characters"));
    }

    @Test
    void an_offer_refuses_control_characters_in_its_title_location_and_description() {
        List<FieldError> problems = new OfferForm(OfferType.APPRENTICESHIP, "Warehouse\u001b[31m", "Six months\n" + NUL,
                "Stoke\tOn Trent", false, "30 a week", "16", "24", "1", "1", "2027", "yes", "2").problems(TODAY);
        assertThat(problems).extracting(FieldError::field)
                .containsExactlyInAnyOrder(OfferForm.TITLE, OfferForm.DESCRIPTION, OfferForm.LOCATION);
    }

    @Test
    void a_request_for_advice_and_a_message_refuse_a_nul_and_keep_their_limits() {
        assertThat(new AdviceRequest("What should I do" + NUL, "01782 235100", "after 3pm").problems())
                .extracting(FieldError::field).containsExactly(AdviceRequest.QUESTION);
        assertThat(new AdviceRequest("What should I do?\nThank you", "01782 235100", "x".repeat(201)).problems())
                .extracting(FieldError::message).containsExactly("When to call must be 200 characters or fewer");
        assertThat(ConversationMessage.problemWith("Thanks" + NUL)).contains("control characters");
        assertThat(ConversationMessage.problemWith("Thanks,\nTess")).isNull();
        assertThat(ConversationMessage.problemWith(" ")).isEqualTo("Write your message");
    }
}
