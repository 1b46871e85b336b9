/**
 * Services publish that something changed; the broker carries it to every instance and shell refreshes the open
 * screens.
 */
@ApplicationModule(displayName = "Live updates", allowedDependencies = {})
package uk.frontdoor.liveupdate;

import org.springframework.modulith.ApplicationModule;
