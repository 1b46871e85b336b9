/**
 * Employers register and offer placements and work experience; the council reviews them.
 */
@ApplicationModule(displayName = "Employers",
        allowedDependencies = {"audit", "liveupdate", "messaging", "organisation", "security", "shell", "validation"})
package uk.frontdoor.employer;

import org.springframework.modulith.ApplicationModule;
