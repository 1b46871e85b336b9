package uk.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.frontdoor.partner.concern.ConcernValidator;
import uk.frontdoor.council.duty.ContactOutcome;

/** The demo month's plan looks like a real front door's month: who contacts, when, and what becomes of it. */
class DemoMonthPlanTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = ZonedDateTime.of(2026, 11, 18, 11, 15, 0, 0, LONDON).toInstant();
    private static final DemoMonthPlan PLAN = DemoMonthPlan.forMonthBefore(NOW, LONDON);
    private static final List<DemoMonthPlan.Contact> CONTACTS = PLAN.contacts();

    @Test
    void about_three_hundred_contacts_all_in_the_thirty_days_before_now() {
        assertThat(CONTACTS).hasSize(DemoMonthPlan.CONTACTS);
        assertThat(CONTACTS).allMatch(c -> c.receivedAt().isBefore(NOW) && c.receivedAt().isAfter(NOW.minus(Duration.ofDays(30))));
        assertThat(PLAN.steps()).allMatch(step -> step.at().isBefore(NOW));
        assertThat(PLAN.steps()).extracting(DemoMonthPlan.Step::key).doesNotHaveDuplicates();
    }

    @Test
    void schools_police_health_and_others_in_front_door_proportions() {
        Map<DemoMonthPlan.Group, Long> byGroup = CONTACTS.stream()
                .collect(Collectors.groupingBy(c -> c.source().group, Collectors.counting()));
        assertThat(share(byGroup.get(DemoMonthPlan.Group.SCHOOL))).isBetween(0.17, 0.28);
        assertThat(share(byGroup.get(DemoMonthPlan.Group.POLICE))).isBetween(0.22, 0.33);
        assertThat(share(byGroup.get(DemoMonthPlan.Group.HEALTH))).isBetween(0.10, 0.20);
        assertThat(share(byGroup.get(DemoMonthPlan.Group.OTHER))).isBetween(0.28, 0.45);
    }

    @Test
    void weekdays_in_office_hours_mostly_busiest_after_drop_off_and_at_lunch_few_at_weekends() {
        long weekend = count(c -> weekend(local(c)));
        assertThat(share(weekend)).isBetween(0.01, 0.10);
        List<LocalTime> weekdayTimes = CONTACTS.stream().map(DemoMonthPlanTest::local).filter(t -> !weekend(t))
                .map(ZonedDateTime::toLocalTime).toList();
        long inHours = weekdayTimes.stream().filter(t -> !t.isBefore(LocalTime.of(8, 30)) && t.isBefore(LocalTime.of(17, 0))).count();
        assertThat((double) inHours / weekdayTimes.size()).isGreaterThan(0.85);
        double perHalfHour = inHours / 17.0;
        assertThat(between(weekdayTimes, 9, 0, 10, 0) / 2.0).as("after the school run").isGreaterThan(perHalfHour * 1.3);
        assertThat(between(weekdayTimes, 12, 0, 13, 30) / 3.0).as("at lunchtime").isGreaterThan(perHalfHour * 1.2);
        assertThat(between(weekdayTimes, 16, 0, 17, 0) / 2.0).as("late afternoon").isLessThan(perHalfHour);
        assertThat(CONTACTS.stream().filter(c -> c.source().group == DemoMonthPlan.Group.SCHOOL).map(DemoMonthPlanTest::local))
                .as("schools in school hours on school days")
                .allMatch(t -> !weekend(t) && t.toLocalTime().isBefore(LocalTime.of(15, 30)));
    }

    @Test
    void some_urgent_some_about_the_same_child_again_and_every_outcome_some_left_to_do() {
        assertThat(share(count(DemoMonthPlan.Contact::urgent))).isBetween(0.03, 0.15);
        assertThat(share(count(DemoMonthPlan.Contact::recontact))).isBetween(0.05, 0.2);
        assertThat(CONTACTS.stream().map(DemoMonthPlan.Contact::outcome).filter(Objects::nonNull).distinct())
                .containsExactlyInAnyOrder(ContactOutcome.values());
        assertThat(count(c -> c.outcome() == null)).as("still open in the inbox").isBetween(3L, 40L);
        assertThat(count(c -> c.outcome() != null && c.outcome().needsSignOff() && c.reviewedAt() == null))
                .as("waiting for sign-off").isPositive();
        assertThat(count(DemoMonthPlan.Contact::returned)).as("returned by a manager").isPositive();
        assertThat(count(c -> c.messageAt() != null)).as("with messages both ways").isGreaterThan(5);
        assertThat(PLAN.adviceAsks()).hasSize(DemoMonthPlan.ADVICE_REQUESTS)
                .anyMatch(ask -> ask.answeredAt() == null).anyMatch(ask -> ask.answeredAt() != null);
    }

    @Test
    void each_contact_steps_in_order_and_nhs_numbers_are_valid_and_never_issued() {
        for (DemoMonthPlan.Contact c : CONTACTS) {
            assertThat(Arrays.asList(c.receivedAt(), c.triagedAt(), c.messageAt(), c.replyAt(), c.decidedAt(), c.reviewedAt(),
                    c.redecidedAt()).stream().filter(Objects::nonNull).toList()).isSorted();
            if (c.child().nhsNumber() != null) {
                String digits = c.child().nhsNumber().replace(" ", "");
                assertThat(digits).startsWith("999");
                assertThat(ConcernValidator.validNhsNumber(digits)).as("the form's check").isTrue();
            }
        }
    }

    @Test
    void every_child_is_born_before_the_contact_about_them_whatever_day_the_month_is_planned() {
        for (int day = 0; day < 60; day++) {
            for (DemoMonthPlan.Contact c : DemoMonthPlan.forMonthBefore(NOW.plus(Duration.ofDays(day)), LONDON).contacts()) {
                assertThat(c.child().dateOfBirth()).as("a future date of birth is refused by the form")
                        .isBefore(c.receivedAt().atZone(LONDON).toLocalDate());
            }
        }
    }

    @Test
    void the_placement_system_starts_changes_and_ends_placements_each_in_order_one_ended_where_the_carer_still_sees_it() {
        var events = PLAN.placementEvents();
        assertThat(events).extracting(DemoMonthPlan.PlacementEvent::event).contains("started", "changed", "ended");
        assertThat(PLAN.steps().stream().filter(step -> step.kind() == DemoMonthPlan.Kind.PLACEMENT_EVENT))
                .hasSize(events.size());
        Map<String, List<DemoMonthPlan.PlacementEvent>> byPlacement = events.stream()
                .collect(Collectors.groupingBy(DemoMonthPlan.PlacementEvent::placement));
        byPlacement.forEach((placement, its) -> {
            assertThat(its.getFirst().event()).as(placement + " starts first").isEqualTo("started");
            assertThat(its).extracting(DemoMonthPlan.PlacementEvent::sequence).as("its sequence, one an event")
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, its.size()).boxed().toList());
            assertThat(its).extracting(DemoMonthPlan.PlacementEvent::startedOn).containsOnly(its.getFirst().startedOn());
            assertThat(PLAN.steps().stream().filter(step -> step.kind() == DemoMonthPlan.Kind.PLACEMENT_EVENT)
                    .filter(step -> events.get(step.index()).placement().equals(placement))
                    .map(step -> events.get(step.index()).sequence()).toList()).as("sent in order").isSorted();
        });
        var ended = events.stream().filter(event -> event.endedOn() != null).toList();
        assertThat(ended).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo("ended");
            assertThat(event.endedOn()).isAfterOrEqualTo(event.startedOn())
                    .as("within the 7 days a carer still sees it").isAfter(NOW.atZone(LONDON).toLocalDate().minusDays(7));
        });
    }

    @Test
    void the_same_day_gives_the_same_plan() {
        assertThat(DemoMonthPlan.forMonthBefore(NOW, LONDON).steps()).isEqualTo(PLAN.steps());
        assertThat(EnumSet.copyOf(PLAN.steps().stream().map(DemoMonthPlan.Step::kind).toList()))
                .containsExactlyInAnyOrder(DemoMonthPlan.Kind.values());
    }

    private static long between(List<LocalTime> times, int h1, int m1, int h2, int m2) {
        return times.stream().filter(t -> !t.isBefore(LocalTime.of(h1, m1)) && t.isBefore(LocalTime.of(h2, m2))).count();
    }

    private static long count(Predicate<DemoMonthPlan.Contact> which) {
        return CONTACTS.stream().filter(which).count();
    }

    private static double share(Long count) {
        return count == null ? 0 : (double) count / CONTACTS.size();
    }

    private static ZonedDateTime local(DemoMonthPlan.Contact contact) {
        return contact.receivedAt().atZone(LONDON);
    }

    private static boolean weekend(ZonedDateTime at) {
        return at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
