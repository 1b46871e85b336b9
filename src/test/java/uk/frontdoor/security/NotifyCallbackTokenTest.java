package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the configured token is GOV.UK Notify; with none configured, nobody is. */
class NotifyCallbackTokenTest {

    @Test
    void the_configured_token_and_nothing_else_is_notify() {
        NotifyCallbackToken token = new NotifyCallbackToken("s3cret-token");
        assertThat(token.isNotify("Bearer s3cret-token")).isTrue();
        assertThat(token.isNotify("Bearer s3cret-tokens")).isFalse();
        assertThat(token.isNotify("Bearer s3cret")).isFalse();
        assertThat(token.isNotify("bearer s3cret-token")).isFalse();
        assertThat(token.isNotify("s3cret-token")).isFalse();
        assertThat(token.isNotify(null)).isFalse();
    }

    @Test
    void without_a_configured_token_every_receipt_is_refused() {
        for (String unset : new String[] {null, "", "   "}) {
            NotifyCallbackToken token = new NotifyCallbackToken(unset);
            assertThat(token.isNotify("Bearer ")).isFalse();
            assertThat(token.isNotify("Bearer " + unset)).isFalse();
            assertThat(token.isNotify("Bearer anything")).isFalse();
        }
    }
}
