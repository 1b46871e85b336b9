package uk.frontdoor.concern.api;

import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.frontdoor.concern.ConcernService;
import uk.frontdoor.security.CurrentUser;

/**
 * The partner API for the systems schools and GP practices already use. Each client acts for one
 * organisation (the {@code organisation} claim of its token) and sees that organisation's concerns only.
 * Status and timeline only: no child's name leaves through this listing.
 */
@RestController
@RequestMapping("/api/v1/concerns")
class ConcernApi {

    record ConcernStatus(String reference, Instant submittedAt, String status, Instant statusAt) {
    }

    private final ConcernService concerns;

    ConcernApi(ConcernService concerns) {
        this.concerns = concerns;
    }

    @GetMapping
    List<ConcernStatus> raisedByMyOrganisation(@AuthenticationPrincipal Jwt token) {
        String organisation = token.getClaimAsString(CurrentUser.ORGANISATION_CLAIM);
        if (organisation == null) {
            throw new AccessDeniedException("The token names no organisation");
        }
        return concerns.raisedFrom(organisation).stream()
                .map(concern -> new ConcernStatus(concern.reference(), concern.submittedAt(),
                        concern.latest().status().code(), concern.latest().occurredAt()))
                .toList();
    }
}
