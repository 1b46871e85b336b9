/**
 * The duty inbox: contacts received, matched against earlier ones and decided within a working day.
 */
@ApplicationModule(displayName = "Duty (council side)", allowedDependencies = {
        "audit", "calendar", "contract", "partner.concern", "liveupdate", "messaging", "organisation", "security", "shell",
        "validation"})
package uk.frontdoor.council.duty;

import org.springframework.modulith.ApplicationModule;
