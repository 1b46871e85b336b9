/**
 * Checks that the database keeps what it commits.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = {})
package uk.frontdoor.database;

import org.springframework.modulith.ApplicationModule;
