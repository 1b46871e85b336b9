/**
 * Telling a person there is news, the one way for everyone told (referrers, foster carers, employers): the ways they
 * may choose, the choice itself, the {@code notification.v1} that carries only a reference and a sign-in link, and
 * GOV.UK Notify's delivery receipts for every notification sent.
 */
@ApplicationModule(displayName = "News by email or text",
        allowedDependencies = {"api", "contract", "messaging", "security", "shell", "validation"})
package uk.frontdoor.news;

import org.springframework.modulith.ApplicationModule;
