/**
 * Council side of children missing education: the officer's cases from schools' notices, the enquiries made, the
 * outcome, and the children missing longer than the configured school days without one (flagged to the officer and
 * counted for the duty managers).
 */
@ApplicationModule(displayName = "Children missing education (council side)", allowedDependencies = {
        "audit", "calendar", "contract", "liveupdate", "messaging", "partner.education", "security", "shell",
        "validation"})
package uk.frontdoor.council.education;

import org.springframework.modulith.ApplicationModule;
