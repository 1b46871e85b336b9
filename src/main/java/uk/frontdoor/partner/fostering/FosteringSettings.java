package uk.frontdoor.partner.fostering;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param accessDaysAfterEnd how long a carer still sees a placement after it ends (data kept to need) */
@ConfigurationProperties("frontdoor.fostering")
public record FosteringSettings(int accessDaysAfterEnd) {
}
