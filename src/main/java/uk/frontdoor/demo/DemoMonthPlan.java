package uk.frontdoor.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import uk.frontdoor.partner.concern.ConcernValidator;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.Priority;

/**
 * What the demo month holds, worked out before anything is done: every contact, request for advice, triage,
 * decision, sign-off, message, employer and placement step, each with its moment in the 30 days before {@code now}
 * and a key of its own. The same seed and the same day give the same plan, so tests can count on it and a restart
 * resumes the same steps. Every name in it is made up (Trentside is an invented place).
 */
final class DemoMonthPlan {

    static final long SEED = 13L;
    static final int DAYS = 30;
    static final int CONTACTS = 300;
    static final int ADVICE_REQUESTS = 24;
    /** A step is never planned this close to the real time, so none is in the future by the time it runs. */
    private static final Duration MARGIN = Duration.ofMinutes(20);
    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CLOSES = LocalTime.of(17, 0);
    /**
     * How many contacts of a weekday's hundred arrive in each half hour from 08:30: busiest after the school run
     * (09:00 to 10:00) and at lunchtime (12:00 to 13:30).
     */
    private static final int[] HALF_HOURS = {3, 8, 9, 6, 5, 5, 5, 7, 8, 7, 5, 4, 4, 4, 4, 3, 2};

    enum Group { SCHOOL, POLICE, HEALTH, OTHER }

    /** Where a contact comes from: a person on the form (schools, the GP practice) or a partner's own system. */
    enum Source {
        SPRINGFIELD("school-springfield", Group.SCHOOL, true, 12),
        HANLEY("school-hanley", Group.SCHOOL, true, 11),
        GP("gp-burslem", Group.HEALTH, true, 7),
        HEALTH_VISITING("demo-health-visiting", Group.HEALTH, false, 3),
        EMERGENCY_DEPARTMENT("demo-emergency-department", Group.HEALTH, false, 3),
        SCHOOL_NURSING("demo-school-nursing", Group.HEALTH, false, 2),
        POLICE("demo-police", Group.POLICE, false, 27),
        HOUSING("demo-housing", Group.OTHER, false, 7),
        EARLY_HELP("demo-early-help", Group.OTHER, false, 9),
        EDUCATION_WELFARE("demo-education-welfare", Group.OTHER, false, 6),
        OTHER_COUNCIL("demo-other-council", Group.OTHER, false, 5),
        YOUTH_JUSTICE("demo-youth-offending", Group.OTHER, false, 8);

        final String organisation;
        final Group group;
        /** True: a person fills in the form; false: the partner's system sends every answer at once. */
        final boolean form;
        final int share;

        Source(String organisation, Group group, boolean form, int share) {
            this.organisation = organisation;
            this.group = group;
            this.form = form;
            this.share = share;
        }
    }

    record Child(String firstName, String lastName, LocalDate dateOfBirth, String address, String postcode,
            String nhsNumber, String school) {
    }

    /** One contact and what the duty service does with it; null times are steps not (yet) taken. */
    record Contact(int number, Instant receivedAt, Source source, int referrer, Child child, boolean recontact,
            int levelOfNeed, Set<String> factors, String whatHappened, LocalDate whenHappened, String actionTaken,
            Priority priority, Instant triagedAt, int worker, ContactOutcome outcome, Instant decidedAt,
            Instant reviewedAt, boolean returned, Instant redecidedAt, Instant messageAt, Instant replyAt) {

        String key() {
            return "contact-" + number;
        }

        boolean urgent() {
            return levelOfNeed == 4;
        }
    }

    record AdviceAsk(int number, Instant askedAt, Source source, int referrer, String question, Instant answeredAt,
            int worker) {

        String key() {
            return "advice-" + number;
        }
    }

    enum Kind {
        SUBMIT, TRIAGE, MESSAGE, REPLY, DECIDE, REVIEW, REDECIDE, ASK_ADVICE, GIVE_ADVICE,
        REGISTER_EMPLOYER, APPROVE_REGISTRATION, SUBMIT_OFFER, APPROVE_OFFER, PLACEMENT_UPDATE, CARER_REPORT,
        PLACEMENT_EVENT
    }

    /**
     * A placement started, changed or ended by the council's placement system ({@code placement.v1}): {@code words}
     * indexes {@link DemoWords#PLACEMENT_EVENTS}; the sequence counts the placement's events, as that system's does.
     */
    record PlacementEvent(int words, String placement, String event, long sequence, LocalDate startedOn,
            LocalDate endedOn) {
    }

    /** One thing done at one moment; {@code index} names the employer, offer or placement step it is about. */
    record Step(String key, Instant at, Kind kind, Contact contact, AdviceAsk advice, int index) {
    }

    private final Random random = new Random(SEED);
    private final Instant now;
    private final ZoneId zone;
    private final List<Contact> contacts = new ArrayList<>();
    private final List<AdviceAsk> adviceAsks = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<PlacementEvent> placementEvents = new ArrayList<>();

    private DemoMonthPlan(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    static DemoMonthPlan forMonthBefore(Instant now, ZoneId zone) {
        DemoMonthPlan plan = new DemoMonthPlan(now, zone);
        plan.planContacts();
        plan.planAdvice();
        plan.planEmployersAndPlacements();
        plan.steps.sort(Comparator.comparing(Step::at).thenComparing(Step::key));
        return plan;
    }

    List<Contact> contacts() {
        return contacts;
    }

    List<AdviceAsk> adviceAsks() {
        return adviceAsks;
    }

    List<PlacementEvent> placementEvents() {
        return placementEvents;
    }

    /** Every step, in the order they happened. */
    List<Step> steps() {
        return steps;
    }

    Instant start() {
        return now.minus(Duration.ofDays(DAYS));
    }

    // ---- contacts ------------------------------------------------------------------------------------------------

    private void planContacts() {
        List<Instant> times = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            Source source = pickSource();
            sources.add(source);
            times.add(arrival(source));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(times::get));
        for (int n = 0; n < CONTACTS; n++) {
            int i = order.get(n);
            contacts.add(contact(n + 1, times.get(i), sources.get(i)));
        }
    }

    private Source pickSource() {
        int roll = random.nextInt(100);
        for (Source source : Source.values()) {
            roll -= source.share;
            if (roll < 0) {
                return source;
            }
        }
        return Source.POLICE;
    }

    /** A moment in the month as this source sends: schools in school hours, police round the clock, others by day. */
    private Instant arrival(Source source) {
        while (true) {
            LocalDate day = now.atZone(zone).toLocalDate().minusDays(random.nextInt(DAYS + 1)); // today too, until now
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double keep = switch (source.group) {
                case SCHOOL -> weekend ? 0 : 1;
                case POLICE -> weekend ? 0.6 : 1;
                default -> weekend ? 0.05 : 1;
            };
            if (random.nextDouble() >= keep) {
                continue;
            }
            LocalTime time;
            if (weekend) {
                time = LocalTime.of(9, 0).plusMinutes(random.nextInt(13 * 60));
            } else if (source.group == Group.POLICE && random.nextDouble() < 0.3) {
                time = LocalTime.of(17, 0).plusMinutes(random.nextInt(15 * 60 + 30)); // 17:00 to 08:30
            } else {
                time = officeTime(source.group == Group.SCHOOL ? 14 : HALF_HOURS.length);
            }
            Instant at = ZonedDateTime.of(day, time, zone).toInstant();
            if (time.isBefore(OPENS) && time.isAfter(LocalTime.of(0, 0)) && source.group == Group.POLICE) {
                at = ZonedDateTime.of(day.plusDays(1), time, zone).toInstant(); // the night after that evening
            }
            if (at.isBefore(now.minus(MARGIN)) && at.isAfter(start())) {
                return at;
            }
        }
    }

    /** A time in office hours weighted by {@link #HALF_HOURS}, within the first {@code slots} half hours. */
    private LocalTime officeTime(int slots) {
        int total = 0;
        for (int i = 0; i < slots; i++) {
            total += HALF_HOURS[i];
        }
        int roll = random.nextInt(total);
        int slot = 0;
        while (roll >= HALF_HOURS[slot]) {
            roll -= HALF_HOURS[slot++];
        }
        return OPENS.plusMinutes(30L * slot + random.nextInt(30));
    }

    private Contact contact(int number, Instant receivedAt, Source source) {
        boolean recontact = contacts.size() > 40 && random.nextDouble() < 0.12;
        Child child = recontact ? contacts.get(random.nextInt(contacts.size())).child() : child(source);
        int level = random.nextDouble() < 0.08 ? 4 : 1 + random.nextInt(3);
        String[] worry = DemoWords.worry(source.group, random);
        Set<String> factors = new LinkedHashSet<>(List.of(worry[0].split(",")));
        LocalDate when = receivedAt.atZone(zone).toLocalDate().minusDays(random.nextInt(3));
        Priority priority = level == 4 ? Priority.RED : level == 3 ? Priority.AMBER : Priority.GREEN;
        int worker = random.nextInt(DemoWords.DUTY_WORKERS.length);
        Instant triaged = workingAfter(receivedAt, Duration.ofMinutes(level == 4 ? 5 + random.nextInt(10) : 10 + random.nextInt(50)));
        Instant decided = workingAfter(triaged, Duration.ofMinutes(level == 4 ? 30 + random.nextInt(90)
                : random.nextDouble() < 0.08 ? 60 * 9 + random.nextInt(600) : 60 + random.nextInt(300)));
        ContactOutcome outcome = outcome(level, recontact);
        boolean recent = receivedAt.isAfter(now.minus(Duration.ofHours(36)));
        if (!past(triaged)) {
            triaged = null;
        }
        if (triaged == null || !past(decided) || (recent && random.nextBoolean())) {
            decided = null;
            outcome = null;
        }
        Instant reviewed = null;
        boolean returned = false;
        Instant redecided = null;
        if (outcome != null && outcome.needsSignOff()) {
            reviewed = workingAfter(decided, Duration.ofMinutes(40 + random.nextInt(300)));
            boolean lately = decided.isAfter(now.minus(Duration.ofDays(3)));
            if (!past(reviewed) || (lately && random.nextDouble() < 0.5)) {
                reviewed = null;
            } else if (random.nextDouble() < 0.15) {
                returned = true;
                redecided = workingAfter(reviewed, Duration.ofMinutes(60 + random.nextInt(120)));
                if (!past(redecided)) {
                    redecided = null;
                }
            }
        }
        Instant message = null;
        Instant reply = null;
        if (source.form && triaged != null && random.nextDouble() < 0.18) {
            message = triaged.plus(Duration.ofMinutes(5 + random.nextInt(30)));
            reply = message.plus(Duration.ofMinutes(10 + random.nextInt(30)));
            Instant before = decided != null ? decided : now.minus(MARGIN);
            if (!reply.isBefore(before)) {
                message = null;
                reply = null;
            }
        }
        Contact contact = new Contact(number, receivedAt, source, random.nextInt(DemoWords.STAFF.length), child,
                recontact, level, factors, worry[1], when, DemoWords.action(source.group, random), priority, triaged,
                worker, outcome, decided, reviewed, returned, redecided, message, reply);
        addSteps(contact);
        return contact;
    }

    private void addSteps(Contact contact) {
        String key = contact.key();
        steps.add(new Step(key + "-submitted", contact.receivedAt(), Kind.SUBMIT, contact, null, 0));
        add(key + "-triaged", contact.triagedAt(), Kind.TRIAGE, contact);
        add(key + "-message", contact.messageAt(), Kind.MESSAGE, contact);
        add(key + "-reply", contact.replyAt(), Kind.REPLY, contact);
        add(key + "-decided", contact.decidedAt(), Kind.DECIDE, contact);
        add(key + "-reviewed", contact.reviewedAt(), Kind.REVIEW, contact);
        add(key + "-redecided", contact.redecidedAt(), Kind.REDECIDE, contact);
    }

    private void add(String key, Instant at, Kind kind, Contact contact) {
        if (at != null) {
            steps.add(new Step(key, at, kind, contact, null, 0));
        }
    }

    /** The outcome a duty social worker might reach at this level of need. */
    private ContactOutcome outcome(int level, boolean recontact) {
        if (recontact && random.nextDouble() < 0.3) {
            return ContactOutcome.ALREADY_OPEN;
        }
        double roll = random.nextDouble();
        return switch (level) {
            case 4 -> roll < 0.6 ? ContactOutcome.STRATEGY_S47 : ContactOutcome.CIN_ASSESSMENT;
            case 3 -> roll < 0.45 ? ContactOutcome.CIN_ASSESSMENT : roll < 0.8 ? ContactOutcome.EARLY_HELP
                    : roll < 0.9 ? ContactOutcome.STRATEGY_S47 : ContactOutcome.ALREADY_OPEN;
            case 2 -> roll < 0.45 ? ContactOutcome.EARLY_HELP : roll < 0.75 ? ContactOutcome.ADVICE : ContactOutcome.NFA;
            default -> roll < 0.5 ? ContactOutcome.NFA : ContactOutcome.ADVICE;
        };
    }

    private Child child(Source source) {
        String first = DemoWords.FIRST_NAMES[random.nextInt(DemoWords.FIRST_NAMES.length)];
        String last = DemoWords.LAST_NAMES[random.nextInt(DemoWords.LAST_NAMES.length)];
        LocalDate today = now.atZone(zone).toLocalDate();
        // Born before the month began: a baby born after a contact about them would be refused as a future date.
        LocalDate born = today.minusYears(source.group == Group.SCHOOL ? 5 + random.nextInt(11) : random.nextInt(17))
                .minusDays(DAYS + 1 + random.nextInt(360 - DAYS));
        String address = (1 + random.nextInt(140)) + " " + DemoWords.STREETS[random.nextInt(DemoWords.STREETS.length)]
                + ", Trentside";
        String postcode = "ST" + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9))
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        String school = source == Source.SPRINGFIELD ? "Springfield Primary School"
                : source == Source.HANLEY ? "Hanley Park Academy"
                : DemoWords.SCHOOLS[random.nextInt(DemoWords.SCHOOLS.length)];
        return new Child(first, last, born, address, postcode, random.nextDouble() < 0.85 ? nhsNumber() : null, school);
    }

    /** A valid NHS number (the check digit as the form checks it) in the 999 range, which is never issued to anyone. */
    private String nhsNumber() {
        while (true) {
            String first = "999" + String.format("%06d", random.nextInt(1_000_000));
            for (int check = 0; check < 10; check++) {
                if (ConcernValidator.validNhsNumber(first + check)) {
                    return first.substring(0, 3) + " " + first.substring(3, 6) + " " + first.substring(6) + check;
                }
            }
        }
    }

    // ---- requests for advice ------------------------------------------------------------------------------------

    private void planAdvice() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < ADVICE_REQUESTS; i++) {
            times.add(arrival(Source.SPRINGFIELD));
        }
        times.sort(Comparator.naturalOrder());
        Source[] askers = {Source.SPRINGFIELD, Source.HANLEY, Source.GP};
        for (int i = 0; i < times.size(); i++) {
            Instant answered = workingAfter(times.get(i), Duration.ofMinutes(30 + random.nextInt(200)));
            AdviceAsk ask = new AdviceAsk(i + 1, times.get(i), askers[random.nextInt(askers.length)],
                    random.nextInt(DemoWords.STAFF.length), DemoWords.QUESTIONS[random.nextInt(DemoWords.QUESTIONS.length)],
                    past(answered) && i < times.size() - 3 ? answered : null, random.nextInt(DemoWords.DUTY_WORKERS.length));
            adviceAsks.add(ask);
            steps.add(new Step(ask.key() + "-asked", ask.askedAt(), Kind.ASK_ADVICE, null, ask, 0));
            if (ask.answeredAt() != null) {
                steps.add(new Step(ask.key() + "-answered", ask.answeredAt(), Kind.GIVE_ADVICE, null, ask, 0));
            }
        }
    }

    // ---- employers and placements -------------------------------------------------------------------------------

    private void planEmployersAndPlacements() {
        for (int e = 0; e < DemoWords.EMPLOYERS.length; e++) {
            Instant registered = office(27 - 3 * e, 10);
            steps.add(new Step("employer-" + e + "-registered", registered, Kind.REGISTER_EMPLOYER, null, null, e));
            steps.add(new Step("employer-" + e + "-approved", office(26 - 3 * e, 11), Kind.APPROVE_REGISTRATION, null, null, e));
        }
        for (int o = 0; o < DemoWords.OFFERS.length; o++) {
            steps.add(new Step("offer-" + o + "-submitted", office(18 - 3 * o, 14), Kind.SUBMIT_OFFER, null, null, o));
            if (o < DemoWords.OFFERS.length - 1) {
                steps.add(new Step("offer-" + o + "-published", office(17 - 3 * o, 15), Kind.APPROVE_OFFER, null, null, o));
            }
        }
        for (int u = 0; u < DemoWords.PLACEMENT_UPDATES.length; u++) {
            steps.add(new Step("placement-update-" + u, office(24 - 5 * u, 11), Kind.PLACEMENT_UPDATE, null, null, u));
        }
        planPlacementEvents();
        for (int r = 0; r < DemoWords.CARER_REPORTS.length; r++) {
            steps.add(new Step("carer-report-" + r, office(12 - 6 * r, 19), Kind.CARER_REPORT, null, null, r));
        }
    }

    /**
     * {days ago, hour} of each of {@link DemoWords#PLACEMENT_EVENTS}: one placement three weeks old and changed since,
     * a respite stay ended within the week a carer still sees an ended placement.
     */
    private static final int[][] PLACEMENT_MOMENTS = {{22, 10}, {8, 14}, {6, 16}, {3, 12}};

    private void planPlacementEvents() {
        Map<String, LocalDate> started = new HashMap<>();
        Map<String, Long> sequences = new HashMap<>();
        for (int e = 0; e < DemoWords.PLACEMENT_EVENTS.length; e++) {
            String placement = DemoWords.PLACEMENT_EVENTS[e][0];
            String event = DemoWords.PLACEMENT_EVENTS[e][1];
            Instant at = office(PLACEMENT_MOMENTS[e][0], PLACEMENT_MOMENTS[e][1]);
            LocalDate day = at.atZone(zone).toLocalDate();
            started.putIfAbsent(placement, day);
            placementEvents.add(new PlacementEvent(e, placement, event, sequences.merge(placement, 1L, Long::sum),
                    started.get(placement), uk.frontdoor.contract.PlacementV1.ENDED.equals(event) ? day : null));
            steps.add(new Step("placement-" + e + "-" + event, at, Kind.PLACEMENT_EVENT, null, null, e));
        }
    }

    /** A weekday at about {@code hour}, {@code daysAgo} days ago (the Friday before, if that is a weekend). */
    private Instant office(int daysAgo, int hour) {
        LocalDate day = now.atZone(zone).toLocalDate().minusDays(Math.max(1, daysAgo));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return ZonedDateTime.of(day, LocalTime.of(hour, random.nextInt(60)), zone).toInstant();
    }

    // ---- time ---------------------------------------------------------------------------------------------------

    /** {@code after} later in working time: what would fall outside office hours is done from the next opening. */
    Instant workingAfter(Instant from, Duration after) {
        ZonedDateTime at = from.atZone(zone);
        if (!open(at)) {
            at = nextOpening(at).plusMinutes(random.nextInt(40));
        }
        ZonedDateTime done = at.plus(after);
        while (!open(done)) {
            Duration left = Duration.between(at.toLocalDate().atTime(CLOSES).atZone(zone), done);
            at = nextOpening(at.toLocalDate().atTime(CLOSES).atZone(zone));
            done = at.plus(left.isNegative() ? Duration.ZERO : left);
        }
        return done.toInstant();
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static boolean open(ZonedDateTime at) {
        return weekday(at.toLocalDate()) && !at.toLocalTime().isBefore(OPENS) && at.toLocalTime().isBefore(CLOSES);
    }

    private ZonedDateTime nextOpening(ZonedDateTime at) {
        LocalDate day = at.toLocalTime().isBefore(OPENS) ? at.toLocalDate() : at.toLocalDate().plusDays(1);
        while (!weekday(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(OPENS).atZone(zone);
    }

    private boolean past(Instant at) {
        return at != null && at.isBefore(now.minus(MARGIN));
    }
}
