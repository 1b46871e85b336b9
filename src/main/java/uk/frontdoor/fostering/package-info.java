/**
 * Fostering services' placements and their updates.
 */
@ApplicationModule(displayName = "Fostering",
        allowedDependencies = {"audit", "concern", "liveupdate", "messaging", "security", "shell", "validation"})
package uk.frontdoor.fostering;

import org.springframework.modulith.ApplicationModule;
