package uk.frontdoor.outbound;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each flow to ChAD goes, and how to reach the council's own systems. Checked at start-up: a flow sent
 * to a system that is not fully configured stops the portal with a clear message instead of losing contacts.
 *
 * @param contacts concerns and requests for advice
 * @param messages referrers' messages about their contacts
 * @param sslBundle a Spring SSL bundle whose trust store verifies the council's servers; blank trusts the JDK's
 */
@ConfigurationProperties("frontdoor.outbound")
public record OutboundSettings(@DefaultValue("in-app") DeliverBy contacts, @DefaultValue("in-app") DeliverBy messages,
        @DefaultValue CaseManagement caseManagement, @DefaultValue SecureEmail secureEmail,
        @DefaultValue("") String sslBundle) {

    public OutboundSettings {
        List<String> missing = new ArrayList<>();
        if (uses(contacts, messages, DeliverBy.CASE_MANAGEMENT)) {
            caseManagement.missing(missing);
        }
        if (uses(contacts, messages, DeliverBy.SECURE_EMAIL)) {
            secureEmail.missing(missing);
        }
        if (messages == DeliverBy.IN_APP && contacts != DeliverBy.IN_APP) {
            // The duty inbox here would get messages about contacts it never had.
            missing.add("FRONTDOOR_MESSAGES_TO cannot be in-app when FRONTDOOR_CONTACTS_TO is not");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("A flow is sent to a council system that is not configured: "
                    + String.join("; ", missing));
        }
    }

    private static boolean uses(DeliverBy contacts, DeliverBy messages, DeliverBy system) {
        return contacts == system || messages == system;
    }

    public boolean uses(DeliverBy system) {
        return uses(contacts, messages, system);
    }

    /**
     * @param url the system's base URL; contacts are posted to {url}/contacts, messages to {url}/messages
     * @param tokenUri the OAuth2 token endpoint (client credentials)
     */
    public record CaseManagement(@DefaultValue("") String url, @DefaultValue("") String tokenUri,
            @DefaultValue("") String clientId, @DefaultValue("") String clientSecret, @DefaultValue("") String scope,
            @DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout) {

        void missing(List<String> missing) {
            requireHttps("frontdoor.outbound.case-management.url (FRONTDOOR_CASE_MANAGEMENT_URL)", url, missing);
            requireHttps("frontdoor.outbound.case-management.token-uri (FRONTDOOR_CASE_MANAGEMENT_TOKEN_URI)", tokenUri, missing);
            if (clientId.isBlank() || clientSecret.isBlank()) {
                missing.add("FRONTDOOR_CASE_MANAGEMENT_CLIENT_ID and FRONTDOOR_CASE_MANAGEMENT_CLIENT_SECRET are needed");
            }
        }

        private static void requireHttps(String name, String value, List<String> missing) {
            if (value.isBlank() || !"https".equals(URI.create(value).getScheme())) {
                missing.add(name + " must be an https:// address");
            }
        }
    }

    /**
     * @param uri a Camel smtps:// URI (TLS from the first byte: STARTTLS can be stripped by a network attacker)
     * @param to the duty mailbox
     */
    public record SecureEmail(@DefaultValue("") String uri, @DefaultValue("") String to,
            @DefaultValue("no-reply@frontdoor.invalid") String from) {

        void missing(List<String> missing) {
            if (!uri.startsWith("smtps://")) {
                missing.add("frontdoor.outbound.secure-email.uri (FRONTDOOR_SECURE_EMAIL_URI) must be an smtps:// URI");
            }
            if (to.isBlank()) {
                missing.add("frontdoor.outbound.secure-email.to (FRONTDOOR_SECURE_EMAIL_TO) is needed");
            }
        }
    }
}
