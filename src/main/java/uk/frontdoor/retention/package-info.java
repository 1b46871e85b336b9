/**
 * What each feature keeps only for a while, and the sweep that deletes what is older.
 */
@ApplicationModule(displayName = "Retention", allowedDependencies = {"failure"})
package uk.frontdoor.retention;

import org.springframework.modulith.ApplicationModule;
