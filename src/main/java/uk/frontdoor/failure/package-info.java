/**
 * What a failure is (it passes by itself, or never will) and how it is told without personal data: the lowest module,
 * every other may use it.
 */
@ApplicationModule(displayName = "Failure kinds", allowedDependencies = {})
package uk.frontdoor.failure;

import org.springframework.modulith.ApplicationModule;
