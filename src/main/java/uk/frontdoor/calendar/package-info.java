/**
 * Opening hours, bank holidays and the one-working-day clock a contact is decided against.
 */
@ApplicationModule(displayName = "Working days", allowedDependencies = {})
package uk.frontdoor.calendar;

import org.springframework.modulith.ApplicationModule;
