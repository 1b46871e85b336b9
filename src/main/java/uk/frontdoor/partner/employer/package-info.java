/**
 * Partner side of Fostering Friendly: employers register their support and offer work to young people leaving care;
 * the council side (council.leavingcare) checks and reviews them.
 */
@ApplicationModule(displayName = "Employers (partner side)",
        allowedDependencies = {"audit", "contract", "liveupdate", "messaging", "news", "organisation", "security", "shell", "validation"})
package uk.frontdoor.partner.employer;

import org.springframework.modulith.ApplicationModule;
