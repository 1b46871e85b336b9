package uk.frontdoor.partner.concern.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.frontdoor.api.ApiProblems;
import uk.frontdoor.partner.concern.ContactUpdates;
import uk.frontdoor.messaging.ContractViolation;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CouncilSides;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;

/**
 * For a council that runs its own case-management system: acknowledgements and decisions about contacts
 * ({@code acknowledgement.v1}, {@code decision.v1}) arrive here exactly as they would on the
 * {@code portal.acknowledgements} queue, checked against the same contracts and landing on the referrer's
 * timeline once. Only a client acting for the duty service may send them.
 */
@RestController
@RequestMapping("/api/v1/contact-updates")
class ContactUpdateApi {

    private final ContactUpdates updates;
    private final String dutyService;

    ContactUpdateApi(ContactUpdates updates, CouncilSides sides) {
        this.updates = updates;
        this.dutyService = sides.organisation(CouncilSide.DUTY_SERVICE);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receive(@AuthenticationPrincipal Jwt token, @RequestBody String message) {
        if (!dutyService.equals(CurrentUser.partnerSystem(token).organisationId())) {
            throw ApiProblems.problem(HttpStatus.FORBIDDEN,
                    "Only the duty service's systems send acknowledgements and decisions");
        }
        try {
            boolean landed = updates.receive(message);
            return ResponseEntity.accepted().body(Map.of("status", landed ? "accepted" : "already-received"));
        } catch (ContractViolation broken) {
            throw ApiProblems.invalid(List.of(new FieldError("body", broken.getMessage())));
        } catch (IllegalArgumentException unknown) {
            throw ApiProblems.problem(HttpStatus.NOT_FOUND, "No contact has that reference");
        }
    }
}
