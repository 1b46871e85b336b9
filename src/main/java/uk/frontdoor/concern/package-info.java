/**
 * A referrer raises a concern; its drafts, submission, timeline and the partner API for it.
 */
@ApplicationModule(displayName = "Concerns", allowedDependencies = {
        "api", "audit", "liveupdate", "messaging", "organisation", "outbound", "retention", "security",
        "shell", "validation"})
package uk.frontdoor.concern;

import org.springframework.modulith.ApplicationModule;
