package uk.frontdoor.partner.fostering.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
import uk.frontdoor.api.StrictJson;
import uk.frontdoor.contract.PlacementV1;
import uk.frontdoor.messaging.ContractViolation;
import uk.frontdoor.partner.fostering.PlacementIntake;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CouncilSides;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;

/**
 * For the council's placement system (Liquidlogic, Mosaic): a placement started, changed or ended
 * ({@code placement.v1}), exactly as on the {@code portal.placements} queue, checked against the same contract and
 * applied by the same code ({@link PlacementIntake}): once by its message id, in order by its sequence. Only a
 * client acting for the fostering service may send them (scope {@code placements}).
 */
@RestController
@RequestMapping("/api/v1/placements")
class PlacementApi {

    private final PlacementIntake intake;
    private final StrictJson strictJson;
    private final String fosteringService;

    PlacementApi(PlacementIntake intake, StrictJson strictJson, CouncilSides sides) {
        this.intake = intake;
        this.strictJson = strictJson;
        this.fosteringService = sides.organisation(CouncilSide.FOSTERING_SERVICE);
    }

    /**
     * 202 with {@code status}: {@code applied}, {@code superseded} (a later event on the placement had been applied:
     * nothing changed) or {@code already-received} (a retry of a message it had).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receive(@AuthenticationPrincipal Jwt token, @RequestBody String message) {
        if (!fosteringService.equals(CurrentUser.partnerSystem(token).organisationId())) {
            throw ApiProblems.problem(HttpStatus.FORBIDDEN, "Only the fostering service's placement system sends placements");
        }
        // Strict JSON first, as everywhere on the API (exact types, no duplicate key), then the contract's schema.
        strictJson.read(message.getBytes(StandardCharsets.UTF_8), PlacementV1.class);
        try {
            PlacementIntake.Outcome outcome = intake.check(message);
            return ResponseEntity.accepted()
                    .body(Map.of("status", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        } catch (ContractViolation broken) {
            throw ApiProblems.invalid(List.of(new FieldError("body", broken.getMessage())));
        }
    }
}
