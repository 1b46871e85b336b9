/**
 * The rules for text the portal takes in and the field errors a form, the API or a queue reports: free of the UI, so
 * services use them too.
 */
@ApplicationModule(displayName = "Answers and their errors", allowedDependencies = {})
package uk.frontdoor.validation;

import org.springframework.modulith.ApplicationModule;
