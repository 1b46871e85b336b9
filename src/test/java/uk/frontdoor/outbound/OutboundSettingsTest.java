package uk.frontdoor.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A flow sent to a council system that is not fully configured stops the portal at start-up, saying what is missing. */
class OutboundSettingsTest {

    private static final OutboundSettings.CaseManagement NO_CASE_MANAGEMENT =
            new OutboundSettings.CaseManagement("", "", "", "", "", Duration.ofSeconds(5), Duration.ofSeconds(20));
    private static final OutboundSettings.SecureEmail NO_SECURE_EMAIL = new OutboundSettings.SecureEmail("", "", "x@y");

    @Test
    void in_app_needs_nothing_else() {
        OutboundSettings settings = new OutboundSettings(DeliverBy.IN_APP, DeliverBy.IN_APP, NO_CASE_MANAGEMENT,
                NO_SECURE_EMAIL, "");
        assertThat(settings.uses(DeliverBy.CASE_MANAGEMENT)).isFalse();
        assertThat(settings.uses(DeliverBy.SECURE_EMAIL)).isFalse();
    }

    @Test
    void case_management_needs_https_addresses_and_credentials() {
        var plainHttp = new OutboundSettings.CaseManagement("http://cms.example", "https://cms.example/token", "id",
                "secret", "", Duration.ofSeconds(5), Duration.ofSeconds(20));
        assertThatThrownBy(() -> new OutboundSettings(DeliverBy.CASE_MANAGEMENT, DeliverBy.IN_APP, plainHttp,
                NO_SECURE_EMAIL, "")).hasMessageContaining("(FRONTDOOR_CASE_MANAGEMENT_URL) must be an https:// address")
                .hasMessageNotContaining("TOKEN_URI").hasMessageNotContaining("CLIENT_ID");
        assertThatThrownBy(() -> new OutboundSettings(DeliverBy.IN_APP, DeliverBy.CASE_MANAGEMENT, NO_CASE_MANAGEMENT,
                NO_SECURE_EMAIL, "")).hasMessageContaining("TOKEN_URI").hasMessageContaining("CLIENT_SECRET");
    }

    @Test
    void messages_follow_contacts_out_of_the_portal() {
        var ready = new OutboundSettings.SecureEmail("smtps://mail.example:465", "duty@council.example", "x@y");
        assertThatThrownBy(() -> new OutboundSettings(DeliverBy.SECURE_EMAIL, DeliverBy.IN_APP, NO_CASE_MANAGEMENT,
                ready, "")).hasMessageContaining("FRONTDOOR_MESSAGES_TO cannot be in-app");
    }

    @Test
    void secure_email_needs_smtps_and_a_mailbox() {
        var startTls = new OutboundSettings.SecureEmail("smtp://mail.example:587", "duty@council.example", "x@y");
        assertThatThrownBy(() -> new OutboundSettings(DeliverBy.SECURE_EMAIL, DeliverBy.IN_APP, NO_CASE_MANAGEMENT,
                startTls, "")).hasMessageContaining("must be an smtps:// URI").hasMessageNotContaining("SECURE_EMAIL_TO");
        var ready = new OutboundSettings.SecureEmail("smtps://mail.example:465", "duty@council.example", "x@y");
        assertThat(new OutboundSettings(DeliverBy.SECURE_EMAIL, DeliverBy.SECURE_EMAIL, NO_CASE_MANAGEMENT, ready, "")
                .uses(DeliverBy.SECURE_EMAIL)).isTrue();
    }

    @Test
    void routes_compare_against_the_names_written_in_configuration() {
        assertThat(DeliverBy.CASE_MANAGEMENT.routeName()).isEqualTo("case-management");
        assertThat(DeliverBy.SECURE_EMAIL.routeName()).isEqualTo("secure-email");
        assertThat(DeliverBy.IN_APP.routeName()).isEqualTo("in-app");
    }
}
