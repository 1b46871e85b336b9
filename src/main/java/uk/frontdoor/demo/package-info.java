/**
 * Demo mode as one switch, and the refusal to start with demo secrets outside it; in demo mode, a month of made-up
 * front-door work generated through the features' own services and routes (and, as the council's systems would,
 * their contracts on the queues).
 */
@ApplicationModule(displayName = "Demo mode", allowedDependencies = {
        "contract", "council.duty", "council.leavingcare", "partner.concern", "partner.employer", "partner.fostering",
        "security", "validation"})
package uk.frontdoor.demo;

import org.springframework.modulith.ApplicationModule;
