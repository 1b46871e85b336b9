/**
 * Performance information and the inspection export, from duty's decisions through duty's own API.
 */
@ApplicationModule(displayName = "Performance",
        allowedDependencies = {"audit", "duty", "organisation", "security", "shell", "validation"})
package uk.frontdoor.performance;

import org.springframework.modulith.ApplicationModule;
