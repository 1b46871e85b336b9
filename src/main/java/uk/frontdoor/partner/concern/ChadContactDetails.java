package uk.frontdoor.partner.concern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How to reach the front door by phone; Stoke-on-Trent's published numbers are the defaults. */
@ConfigurationProperties("frontdoor.chad")
public record ChadContactDetails(String serviceName, String phone, String outOfHoursPhone, String officeHours) {
}
