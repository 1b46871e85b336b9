/**
 * What was looked at and done, by whom: recorded and searched.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = {"security", "shell", "validation"})
package uk.frontdoor.audit;

import org.springframework.modulith.ApplicationModule;
