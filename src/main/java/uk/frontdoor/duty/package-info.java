/**
 * The duty inbox: contacts received, matched against earlier ones and decided within a working day.
 */
@ApplicationModule(displayName = "Duty", allowedDependencies = {
        "audit", "calendar", "concern", "liveupdate", "messaging", "organisation", "security", "shell",
        "validation"})
package uk.frontdoor.duty;

import org.springframework.modulith.ApplicationModule;
