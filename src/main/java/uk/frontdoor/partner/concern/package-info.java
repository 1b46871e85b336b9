/**
 * A referrer raises a concern; its drafts, submission, timeline and the partner API for it.
 */
@ApplicationModule(displayName = "Concerns (partner side)", allowedDependencies = {
        "api", "audit", "contract", "liveupdate", "messaging", "news", "organisation", "outbound", "retention",
        "security", "shell", "validation"})
package uk.frontdoor.partner.concern;

import org.springframework.modulith.ApplicationModule;
