package uk.frontdoor.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * GOV.UK Notify, when a council has a service there. Each channel needs the API key and its own template (both take
 * {@code ((reference))} and {@code ((link))} only); text messages go through Notify or not at all. The callback token
 * that Notify's delivery receipts bear is security's to read (SecurityConfiguration), so it is not here.
 *
 * @param baseUrl where the official client sends requests; blank for Notify itself (tests use a stand-in)
 */
@ConfigurationProperties("frontdoor.notifications.notify")
public record NotifySettings(String apiKey, String baseUrl, String emailTemplate, String smsTemplate) {

    public NotifySettings {
        apiKey = blankIfNull(apiKey);
        baseUrl = blankIfNull(baseUrl);
        emailTemplate = blankIfNull(emailTemplate);
        smsTemplate = blankIfNull(smsTemplate);
    }

    public boolean sendsEmail() {
        return !apiKey.isBlank() && !emailTemplate.isBlank();
    }

    public boolean sendsTextMessages() {
        return !apiKey.isBlank() && !smsTemplate.isBlank();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }
}
