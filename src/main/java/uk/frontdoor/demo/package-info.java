/**
 * Demo mode as one switch, and the refusal to start with demo secrets outside it.
 */
@ApplicationModule(displayName = "Demo mode", allowedDependencies = {})
package uk.frontdoor.demo;

import org.springframework.modulith.ApplicationModule;
