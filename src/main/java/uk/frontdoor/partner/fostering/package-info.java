/**
 * Partner side of fostering: foster carers see their placements and the updates on them, and send reports back;
 * the council's placement system starts, changes and ends placements (placement.v1, on a queue and on the API).
 */
@ApplicationModule(displayName = "Foster carers (partner side)",
        allowedDependencies = {"api", "audit", "contract", "partner.concern", "liveupdate", "messaging", "news", "security", "shell", "validation"})
package uk.frontdoor.partner.fostering;

import org.springframework.modulith.ApplicationModule;
