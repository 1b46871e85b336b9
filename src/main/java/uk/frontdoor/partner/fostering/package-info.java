/**
 * Partner side of fostering: foster carers see their placements and the updates on them, and send reports back.
 */
@ApplicationModule(displayName = "Foster carers (partner side)",
        allowedDependencies = {"audit", "contract", "partner.concern", "liveupdate", "messaging", "security", "shell", "validation"})
package uk.frontdoor.partner.fostering;

import org.springframework.modulith.ApplicationModule;
