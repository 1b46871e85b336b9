package uk.frontdoor.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * When the front door is open, as configuration (Stoke-on-Trent's published hours are the defaults), and
 * the list of bank holidays to skip.
 *
 * @param openingHours per day, "08:30-17:00"; a day that is not listed is closed
 */
@ConfigurationProperties("frontdoor.calendar")
public record OfficeHours(ZoneId zone, Map<DayOfWeek, String> openingHours, Resource bankHolidays) {

    /** Opening and closing time on a day of the week, if the office opens that day. */
    public Optional<LocalTime[]> on(DayOfWeek day) {
        return Optional.ofNullable(openingHours.get(day)).map(hours -> {
            String[] times = hours.split("-");
            return new LocalTime[] {LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip())};
        });
    }
}
