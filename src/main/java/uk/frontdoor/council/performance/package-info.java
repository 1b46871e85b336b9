/**
 * Performance information and the inspection export, from duty's decisions through duty's own API.
 */
@ApplicationModule(displayName = "Performance (council side)",
        allowedDependencies = {"audit", "council.duty", "council.education", "organisation", "security", "shell", "validation"})
package uk.frontdoor.council.performance;

import org.springframework.modulith.ApplicationModule;
