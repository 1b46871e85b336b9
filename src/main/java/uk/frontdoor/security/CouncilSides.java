package uk.frontdoor.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisation (the {@code organisation} claim) each council side's people are signed in for. Demo mode's
 * organisations are the defaults (application.yaml); a council sets its own (README: Configuration).
 */
@ConfigurationProperties("frontdoor.sides")
public record CouncilSides(String dutyService, String leavingCareTeam, String fosteringService, String itOperations,
        String educationService) {

    public CouncilSides {
        for (String organisation : new String[] {dutyService, leavingCareTeam, fosteringService, itOperations,
                educationService}) {
            if (organisation == null || organisation.isBlank()) {
                throw new IllegalStateException("Every council side needs its organisation (frontdoor.sides.*)");
            }
        }
    }

    public String organisation(CouncilSide side) {
        return switch (side) {
            case DUTY_SERVICE -> dutyService;
            case LEAVING_CARE_TEAM -> leavingCareTeam;
            case FOSTERING_SERVICE -> fosteringService;
            case IT_OPERATIONS -> itOperations;
            case EDUCATION_SERVICE -> educationService;
        };
    }
}
