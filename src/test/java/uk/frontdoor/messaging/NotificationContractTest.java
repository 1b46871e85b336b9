package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** notification.v1 takes text messages now, and every email its first version took. */
class NotificationContractTest {

    private final Contracts contracts = new Contracts(JsonMapper.builder().build());

    @Test
    void an_email_as_the_first_version_sent_it_still_matches() {
        assertThatCode(() -> contracts.check("""
                {"contract":"notification.v1","messageId":"email-decision-1","channel":"email","to":"tess@school.example",
                 "subject":"Update on your concern FD-2026-000042","reference":"FD-2026-000042",
                 "link":"http://localhost:8080/concerns/FD-2026-000042","text":"ChAD has an update."}""",
                "notification.v1")).doesNotThrowAnyException();
    }

    @Test
    void a_text_message_goes_to_a_uk_mobile_number_with_the_reference_and_the_link() {
        assertThatCode(() -> contracts.check(text("07700900982"), "notification.v1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> contracts.check(text("tess@school.example"), "notification.v1"))
                .isInstanceOf(ContractViolation.class).hasMessageContaining("/to");
        assertThatThrownBy(() -> contracts.check("""
                {"contract":"notification.v1","messageId":"text-1","channel":"sms","to":"07700900982"}""",
                "notification.v1")).isInstanceOf(ContractViolation.class).hasMessageContaining("required");
    }

    @Test
    void an_email_still_needs_its_subject_and_text() {
        assertThatThrownBy(() -> contracts.check("""
                {"contract":"notification.v1","messageId":"email-1","channel":"email","to":"tess@school.example",
                 "reference":"FD-2026-000042","link":"http://localhost:8080/concerns/FD-2026-000042"}""",
                "notification.v1")).isInstanceOf(ContractViolation.class).hasMessageContaining("required");
    }

    @Test
    void an_employer_is_told_which_of_its_things_has_news_and_the_reference_can_carry_nothing_else() {
        for (String reference : new String[] {"Fostering Friendly registration", "Fostering Friendly offer"}) {
            assertThatCode(() -> contracts.check(text("07700900982", reference), "notification.v1"))
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> contracts.check(text("07700900982", "Fostering Friendly offer for Zeb Quill"),
                "notification.v1")).isInstanceOf(ContractViolation.class).hasMessageContaining("/reference");
    }

    private static String text(String to) {
        return text(to, "FD-2026-000043");
    }

    private static String text(String to, String reference) {
        return """
                {"contract":"notification.v1","messageId":"text-decision-1","channel":"sms","to":"%s",
                 "reference":"%s","link":"http://localhost:8080/concerns/FD-2026-000043"}""".formatted(to, reference);
    }
}
