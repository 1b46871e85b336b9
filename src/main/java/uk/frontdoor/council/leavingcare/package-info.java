/**
 * Council side of Fostering Friendly: the leaving care team checks employers' registrations and reviews their offers,
 * and answers each through the routes.
 */
@ApplicationModule(displayName = "Leaving care team (council side)", allowedDependencies = {
        "audit", "contract", "liveupdate", "messaging", "organisation", "partner.employer", "security", "shell", "validation"})
package uk.frontdoor.council.leavingcare;

import org.springframework.modulith.ApplicationModule;
