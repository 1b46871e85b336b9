/**
 * The portal's layout, home page, error pages and the shared Vaadin components; the screens' side of live updates.
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = {"failure", "liveupdate", "security", "validation"})
package uk.frontdoor.shell;

import org.springframework.modulith.ApplicationModule;
