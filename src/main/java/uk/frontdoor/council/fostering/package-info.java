/**
 * Council side of fostering: the fostering team records each carer's report once and acknowledges it.
 */
@ApplicationModule(displayName = "Fostering team (council side)", allowedDependencies = {
        "contract", "messaging", "partner.fostering"})
package uk.frontdoor.council.fostering;

import org.springframework.modulith.ApplicationModule;
