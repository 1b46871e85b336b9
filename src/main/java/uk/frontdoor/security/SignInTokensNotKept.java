package uk.frontdoor.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Where a sign-in's access token would be kept: nowhere. Spring Security keeps it, with any refresh token, in its
 * in-memory store of authorized clients under the person's name for as long as the portal runs (or in the session,
 * without that store), so that the portal could call other services as them; the portal never does (it calls the case
 * management system as itself), so the tokens were kilobytes a person for nothing (README: Benchmarks, memory per
 * session). Signing out needs only the ID token, which the signed-in person's principal holds.
 */
final class SignInTokensNotKept implements OAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
            Authentication principal, HttpServletRequest request) {
        return null;
    }

    @Override
    public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
            HttpServletRequest request, HttpServletResponse response) {
        // Deliberately empty; see above.
    }

    @Override
    public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
            HttpServletRequest request, HttpServletResponse response) {
        // Nothing was kept.
    }
}
