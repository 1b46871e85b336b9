package uk.frontdoor.security;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The built-in identity provider's accounts: one per role, with demo organisations (see README). */
@ConfigurationProperties("frontdoor.idp")
public record DemoAccounts(boolean enabled, List<Account> accounts, List<ApiClient> apiClients) {

    public record Account(String username, String password, String name, String email, List<String> roles,
            String organisation) {
    }

    /**
     * A partner's system (a school's safeguarding system, a GP system) calling the API for one organisation.
     *
     * @param scopes the {@link PartnerScope}s it may ask for; none configured, {@code concerns} only
     */
    public record ApiClient(String clientId, String secret, String organisation, List<String> scopes) {

        public ApiClient {
            scopes = scopes == null || scopes.isEmpty() ? List.of(PartnerScope.CONCERNS.scope()) : List.copyOf(scopes);
        }
    }

    public Optional<Account> find(String username) {
        return accounts.stream().filter(account -> account.username().equals(username)).findFirst();
    }
}
