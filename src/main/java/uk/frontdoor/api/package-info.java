/**
 * The partner API's shared web plumbing: problem details, strict JSON, body limits, unknown paths.
 */
@ApplicationModule(displayName = "Partner API plumbing", allowedDependencies = {"failure", "validation"})
package uk.frontdoor.api;

import org.springframework.modulith.ApplicationModule;
