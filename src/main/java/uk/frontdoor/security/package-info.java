/**
 * Who the signed-in person is, their roles and council side, and the filter chains for pages and the partner API.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"api"})
package uk.frontdoor.security;

import org.springframework.modulith.ApplicationModule;
