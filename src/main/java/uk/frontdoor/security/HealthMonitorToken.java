package uk.frontdoor.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The monitoring system's way to health's components and details (FRONTDOOR_HEALTH_TOKEN): what a signed-in operator
 * of IT operations sees there, on the health endpoint only and nowhere else. Without it, health shows status only.
 */
final class HealthMonitorToken extends SharedBearerToken {

    /** The role {@code management.endpoint.health.roles} names beside OPERATOR. */
    static final String ROLE = "HEALTH_MONITOR";
    static final String HEALTH = "/actuator/health";

    HealthMonitorToken(String token) {
        super(token, "health-monitor", "ROLE_" + ROLE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(HEALTH) || path.startsWith(HEALTH + "/"));
    }
}
