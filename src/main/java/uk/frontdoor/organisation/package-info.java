/**
 * The partner organisations (schools, GP practices, employers, fostering services) and the referral source each
 * contact carries.
 */
@ApplicationModule(displayName = "Partner organisations", allowedDependencies = {})
package uk.frontdoor.organisation;

import org.springframework.modulith.ApplicationModule;
