/**
 * Partner side of children missing education: a school tells the council a pupil is missing education, and sees what
 * the council's officer does about it (council.education answers through the routes).
 */
@ApplicationModule(displayName = "Children missing education (partner side)", allowedDependencies = {
        "audit", "contract", "liveupdate", "messaging", "organisation", "security", "shell", "validation"})
package uk.frontdoor.partner.education;

import org.springframework.modulith.ApplicationModule;
