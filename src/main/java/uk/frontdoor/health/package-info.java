/**
 * The health endpoint answers in time even when a dependency hangs.
 */
@ApplicationModule(displayName = "Health", allowedDependencies = {})
package uk.frontdoor.health;

import org.springframework.modulith.ApplicationModule;
