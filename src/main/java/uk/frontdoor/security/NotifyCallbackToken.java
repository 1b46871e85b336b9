package uk.frontdoor.security;

/** GOV.UK Notify's callbacks carry the bearer token we gave it with the callback address. */
final class NotifyCallbackToken extends SharedBearerToken {

    static final String AUTHORITY = "NOTIFY_CALLBACK";

    NotifyCallbackToken(String token) {
        super(token, "govuk-notify", AUTHORITY);
    }

    boolean isNotify(String authorization) {
        return bears(authorization);
    }
}
