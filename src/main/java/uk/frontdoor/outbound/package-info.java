/**
 * Where contacts go: the council's case-management system over HTTPS or a secure duty mailbox.
 */
@ApplicationModule(displayName = "Outbound to council systems", allowedDependencies = {"failure", "messaging"})
package uk.frontdoor.outbound;

import org.springframework.modulith.ApplicationModule;
