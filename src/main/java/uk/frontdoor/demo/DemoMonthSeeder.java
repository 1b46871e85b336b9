package uk.frontdoor.demo;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.contract.PlacementV1;
import uk.frontdoor.partner.concern.AdviceRequest;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.Submission;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecision;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.DutyMessages;
import uk.frontdoor.partner.employer.EmployerService;
import uk.frontdoor.partner.employer.OfferForm;
import uk.frontdoor.council.leavingcare.OfferReviews;
import uk.frontdoor.partner.employer.OfferService;
import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.council.leavingcare.RegistrationChecks;
import uk.frontdoor.partner.employer.RegistrationForm;
import uk.frontdoor.partner.fostering.Placements;
import uk.frontdoor.partner.fostering.ReportKind;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.validation.FieldError;

/**
 * Fills a demo portal with {@link DemoMonthPlan a month of made-up work} on its first start, in the background,
 * through the features' own services, and the routes between them: concerns through the form's drafts or a partner's
 * system, the outbox and the contact routes to the duty inbox, triage, decisions and sign-offs, messages both ways,
 * requests for advice, employers' registrations and offers, a foster carer's updates and reports.
 *
 * <p>Each step runs at its own moment of the month ({@link DemoClock}) and in one transaction with its row in
 * {@code demo_month_step}, claimed first: a restart skips what is done, a crash rolls the step in hand back whole, and a
 * second instance starting at the same time waits for the first's row and skips it. Logs and health say how far it
 * has got, never what a step holds.
 */
@Component
@Conditional(DemoMonth.On.class)
class DemoMonthSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoMonthSeeder.class);
    /** What one step waits at most for the routes to carry it (the intake, the council's side). */
    private static final Duration ROUTE_WAIT = Duration.ofSeconds(30);

    private final DemoClock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JmsTemplate jms;
    private final ConcernDrafts drafts;
    private final ConcernService concerns;
    private final DutyInbox inbox;
    private final DutyDecisions decisions;
    private final DutyMessages dutyMessages;
    private final EmployerService employers;
    private final RegistrationChecks registrations;
    private final OfferService offers;
    private final OfferReviews offerReviews;
    private final Placements placements;
    private final JsonMapper json;
    /** Texts are picked with their own seed, so the plan's numbers do not depend on them. */
    private final Random words = new Random(DemoMonthPlan.SEED + 1);

    private final AtomicInteger planned = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile String state = "waiting to start";
    private volatile boolean stopping;

    DemoMonthSeeder(Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions, JmsTemplate jms, ConcernDrafts drafts,
            ConcernService concerns, DutyInbox inbox, DutyDecisions decisions, DutyMessages dutyMessages,
            EmployerService employers, RegistrationChecks registrations, OfferService offers, OfferReviews offerReviews,
            Placements placements, JsonMapper json) {
        this.clock = (DemoClock) clock;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.jms = jms;
        this.drafts = drafts;
        this.concerns = concerns;
        this.inbox = inbox;
        this.decisions = decisions;
        this.dutyMessages = dutyMessages;
        this.employers = employers;
        this.registrations = registrations;
        this.offers = offers;
        this.offerReviews = offerReviews;
        this.placements = placements;
        this.json = json;
    }

    /** In the background, once the routes and the outbox relay run: the pages work meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void startInBackground() {
        Thread.ofVirtual().name("demo-month").start(() -> {
            try {
                run();
            } catch (RuntimeException failure) {
                // Only the month's own failures say more than their kind: theirs name a step and fields, never answers.
                String why = failure instanceof StepFailed ? failure.getMessage() : failure.getClass().getSimpleName();
                state = "stopped";
                log.warn("The demo month stopped after {} of {} steps ({}); the next start carries on from there",
                        done.get(), planned.get(), why);
            }
        });
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /**
     * Runs every step of the plan not yet done. The plan is made from the month before the first step was done, so
     * a later start resumes the same plan. @return how many steps this run did
     */
    synchronized int run() {
        Instant began = clock.realInstant();
        Instant planFrom = jdbc.sql("SELECT result FROM demo_month_step WHERE step_key = 'plan'").query(String.class)
                .optional().map(Instant::parse).orElse(null);
        if (planFrom == null) {
            planFrom = began;
            jdbc.sql("INSERT INTO demo_month_step (step_key, result) VALUES ('plan', ?) ON CONFLICT DO NOTHING")
                    .param(planFrom.toString()).update();
            planFrom = Instant.parse(jdbc.sql("SELECT result FROM demo_month_step WHERE step_key = 'plan'")
                    .query(String.class).single());
        }
        DemoMonthPlan plan = DemoMonthPlan.forMonthBefore(planFrom, clock.getZone());
        Map<String, String> results = new HashMap<>();
        jdbc.sql("SELECT step_key, result FROM demo_month_step").query((row, n) -> results.put(row.getString(1),
                row.getString(2) == null ? "" : row.getString(2))).list();
        planned.set(plan.steps().size());
        done.set((int) plan.steps().stream().filter(step -> results.containsKey(step.key())).count());
        if (done.get() == planned.get()) {
            state = "ready";
            return 0;
        }
        state = "preparing";
        log.info("Preparing the demo month in the background: {} made-up steps, {} done already; the portal works meanwhile",
                planned.get(), done.get());
        int ran = 0;
        Map<DemoMonthPlan.Kind, Long> timeByKind = new java.util.EnumMap<>(DemoMonthPlan.Kind.class);
        int nextReport = planned.get() / 4;
        try {
            for (DemoMonthPlan.Step step : plan.steps()) {
                if (stopping) {
                    state = "stopped";
                    return ran;
                }
                if (results.containsKey(step.key())) {
                    continue;
                }
                clock.runFrom(step.at());
                long startedStep = System.nanoTime();
                String result = once(step.key(), () -> perform(plan, step, results));
                if (result != null) {
                    results.put(step.key(), result);
                    afterwards(plan, step, result);
                    ran++;
                }
                timeByKind.merge(step.kind(), System.nanoTime() - startedStep, Long::sum);
                if (done.incrementAndGet() >= nextReport && done.get() < planned.get()) {
                    log.info("Demo month: {} of {} steps done", done.get(), planned.get());
                    nextReport += planned.get() / 4;
                }
            }
            awaitOutbox();
        } finally {
            clock.real();
        }
        state = "ready";
        log.info("The demo month is ready: {} steps in {} s", ran,
                Duration.between(began, clock.realInstant()).toMillis() / 1000.0);
        log.debug("Demo month milliseconds by kind of step: {}", timeByKind.entrySet().stream()
                .map(each -> each.getKey() + "=" + each.getValue() / 1_000_000).toList());
        return ran;
    }

    /** The step and its row in one transaction, the row claimed first. @return null when it had been done already */
    String once(String key, Supplier<String> step) {
        return tx.execute(status -> {
            if (jdbc.sql("INSERT INTO demo_month_step (step_key) VALUES (?) ON CONFLICT DO NOTHING").param(key).update() == 0) {
                return null;
            }
            String result = step.get();
            jdbc.sql("UPDATE demo_month_step SET result = ? WHERE step_key = ?").params(result, key).update();
            return result;
        });
    }

    private String perform(DemoMonthPlan plan, DemoMonthPlan.Step step, Map<String, String> results) {
        DemoMonthPlan.Contact contact = step.contact();
        return switch (step.kind()) {
            case SUBMIT -> submit(contact);
            case TRIAGE -> {
                UUID id = contactId(results, contact.key());
                inbox.triage(worker(contact.worker()), id, contact.priority(), switch (contact.priority()) {
                    case RED -> "Acute level of need: looked at straight away.";
                    case AMBER -> "Complex needs described: decide today.";
                    case GREEN -> "No immediate risk reported.";
                });
                yield id.toString();
            }
            case MESSAGE -> {
                String reference = results.get(contact.key() + "-submitted");
                accepted(concerns.sendMessage(referrer(contact.source(), contact.referrer()), reference,
                        pick(DemoWords.REFERRER_MESSAGES)), step);
                yield reference;
            }
            case REPLY -> {
                accepted(dutyMessages.reply(worker(contact.worker()), contactId(results, contact.key()),
                        pick(DemoWords.DUTY_REPLIES)), step);
                yield "";
            }
            case DECIDE -> decide(step, results, contact.outcome());
            case REDECIDE -> decide(step, results, ContactOutcome.EARLY_HELP);
            case REVIEW -> {
                UUID decision = decisions.decisionsOn(worker(contact.worker()), contactId(results, contact.key())).stream()
                        .filter(each -> each.status() == DutyDecision.Status.AWAITING_SIGN_OFF).findFirst()
                        .orElseThrow().id();
                String[] manager = DemoWords.MANAGERS[contact.number() % DemoWords.MANAGERS.length];
                CurrentUser reviewer = new CurrentUser(manager[0], manager[1], null, EnumSet.of(Role.DUTY_MANAGER), "chad");
                accepted(decisions.review(reviewer, decision, !contact.returned(),
                        pick(contact.returned() ? DemoWords.RETURN_COMMENTS : DemoWords.SIGN_OFF_COMMENTS)), step);
                yield decision.toString();
            }
            case ASK_ADVICE -> {
                DemoMonthPlan.AdviceAsk ask = step.advice();
                Submission submission = concerns.askForAdvice(referrer(ask.source(), ask.referrer()),
                        UUID.nameUUIDFromBytes(("demo-month-" + ask.key()).getBytes()),
                        new AdviceRequest(ask.question(), "01782 " + (230000 + ask.number()), "Before 3pm"));
                accepted(submission.errors(), step);
                yield submission.reference();
            }
            case GIVE_ADVICE -> {
                DemoMonthPlan.AdviceAsk ask = step.advice();
                UUID id = contactId(results, ask.key());
                accepted(decisions.giveAdvice(worker(ask.worker()), id, pick(DemoWords.ADVICE_GIVEN)), step);
                yield id.toString();
            }
            case REGISTER_EMPLOYER -> register(step);
            case APPROVE_REGISTRATION -> {
                String organisation = DemoWords.EMPLOYERS[step.index()][0];
                UUID id = registrations.waiting(leavingCare()).stream()
                        .filter(waiting -> waiting.organisationId().equals(organisation)).findFirst().orElseThrow().id();
                accepted(registrations.approve(leavingCare(), id), step);
                yield id.toString();
            }
            case SUBMIT_OFFER -> submitOffer(step);
            case APPROVE_OFFER -> {
                String title = DemoWords.OFFERS[step.index()][2];
                UUID id = offerReviews.waiting(leavingCare()).stream().filter(waiting -> waiting.title().equals(title))
                        .findFirst().orElseThrow().id();
                accepted(offerReviews.approve(leavingCare(), id), step);
                yield id.toString();
            }
            case PLACEMENT_UPDATE -> placementUpdate(step);
            case PLACEMENT_EVENT -> placementEvent(plan.placementEvents().get(step.index()), step.at());
            case CARER_REPORT -> {
                String[] report = DemoWords.CARER_REPORTS[step.index()];
                accepted(placements.report(carer(), report[0], ReportKind.valueOf(report[1].toUpperCase().replace('-', '_')),
                        report[2]), step);
                yield report[0];
            }
        };
    }

    /**
     * Waits for the routes where the next steps need what this one sent, or where the far side stamps its arrival with
     * the clock (the duty inbox, the duty side's messages, the council's registrations, offers and carers' reports).
     * Every other message carries its own time (acknowledgements, decisions, replies), so it needs no wait.
     */
    private void afterwards(DemoMonthPlan plan, DemoMonthPlan.Step step, String result) {
        switch (step.kind()) {
            case SUBMIT, ASK_ADVICE -> awaitContact(result);
            case MESSAGE -> await(() -> jdbc.sql("SELECT count(*) FROM duty_message m JOIN duty_contact c ON c.id = "
                    + "m.contact_id WHERE c.reference = ? AND m.from_referrer").param(result).query(Long.class).single() > 0);
            case REGISTER_EMPLOYER -> await(() -> jdbc.sql("SELECT count(*) FROM council_employer_registration WHERE "
                    + "organisation = ? AND status = 'WAITING'").param(result).query(Long.class).single() > 0);
            case SUBMIT_OFFER -> await(() -> jdbc.sql("SELECT count(*) FROM council_offer WHERE organisation = ? AND title = ?")
                    .params(result, DemoWords.OFFERS[step.index()][2]).query(Long.class).single() > 0);
            case PLACEMENT_UPDATE -> await(() -> jdbc.sql("SELECT count(*) FROM placement_update WHERE message_id = ?")
                    .param(result).query(Long.class).single() > 0);
            case PLACEMENT_EVENT -> {
                DemoMonthPlan.PlacementEvent event = plan.placementEvents().get(step.index());
                await(() -> jdbc.sql("SELECT count(*) FROM placement WHERE reference = ? AND last_sequence >= ?")
                        .params(event.placement(), event.sequence()).query(Long.class).single() > 0);
            }
            case CARER_REPORT -> awaitOutbox();
            default -> {
            }
        }
    }

    String submit(DemoMonthPlan.Contact contact) {
        ConcernAnswers answers = answers(contact);
        Submission submission;
        if (contact.source().form) {
            CurrentUser user = referrer(contact.source(), contact.referrer());
            UUID draft = drafts.start(user).id();
            for (ConcernStep page : ConcernStep.values()) {
                if (page != ConcernStep.CHECK) {
                    refuseProblems(drafts.save(user, draft, page, answers), contact.key());
                }
            }
            submission = concerns.submit(user, draft);
        } else {
            submission = concerns.submitFromPartner(partnerSystem(contact.source()), answers);
        }
        refuseProblems(submission.errors(), contact.key());
        return submission.reference();
    }

    private String decide(DemoMonthPlan.Step step, Map<String, String> results, ContactOutcome outcome) {
        DemoMonthPlan.Contact contact = step.contact();
        UUID id = contactId(results, contact.key());
        DecisionForm form = new DecisionForm(outcome, contact.factors(), contact.levelOfNeed(),
                DemoWords.rationale(outcome, words));
        accepted(decisions.decide(worker(contact.worker()), id, form), step);
        return id.toString();
    }

    private String register(DemoMonthPlan.Step step) {
        String[] employer = DemoWords.EMPLOYERS[step.index()];
        LocalDate adopted = step.at().atZone(clock.getZone()).toLocalDate().minusMonths(2);
        RegistrationForm form = new RegistrationForm(employer[1], (10 + step.index()) + " Invented Avenue, Trentside ST4 2AB",
                "10-49", "Owner of " + employer[1], employer[2], "01782 555 " + (200 + step.index()), employer[3], "yes",
                "yes", "In the staff handbook and at team meetings.", Integer.toString(adopted.getDayOfMonth()),
                Integer.toString(adopted.getMonthValue()), Integer.toString(adopted.getYear()));
        accepted(employers.register(employer(step.index()), form), step);
        return employer[0];
    }

    private String submitOffer(DemoMonthPlan.Step step) {
        String[] offer = DemoWords.OFFERS[step.index()];
        int employer = Integer.parseInt(offer[0]);
        LocalDate closing = clock.realInstant().atZone(clock.getZone()).toLocalDate().plusMonths(2);
        OfferForm form = new OfferForm(OfferType.valueOf(offer[1]), offer[2], offer[3], "Trentside", false, "30 a week",
                "16", "25", Integer.toString(closing.getDayOfMonth()), Integer.toString(closing.getMonthValue()),
                Integer.toString(closing.getYear()), "yes", "1");
        CurrentUser user = employer(employer);
        OfferService.Saved saved = offers.saveDraft(user, null, form);
        accepted(saved.problems(), step);
        accepted(offers.submit(user, saved.id()), step);
        return DemoWords.EMPLOYERS[employer][0];
    }

    /** As the council's own systems send it, onto the queue the placement-update-intake route reads. */
    private String placementUpdate(DemoMonthPlan.Step step) {
        String[] update = DemoWords.PLACEMENT_UPDATES[step.index()];
        String messageId = "demo-month-" + step.key();
        String json = "{\"contract\":\"placement-update.v1\",\"messageId\":\"" + messageId + "\",\"placement\":\""
                + update[0] + "\",\"kind\":\"" + update[1] + "\",\"title\":\"" + update[2] + "\",\"text\":\""
                + update[3] + "\",\"sentBy\":\"Trentside children's social care\",\"sentAt\":\"" + step.at() + "\"}";
        jms.convertAndSend("portal.placement-updates", json);
        return messageId;
    }

    /**
     * As the council's placement system sends it ({@code placement.v1}), onto the queue the placement-intake route
     * reads: the placement as that system holds it after the event, the next review and visit ahead of today.
     */
    private String placementEvent(DemoMonthPlan.PlacementEvent event, Instant at) {
        String[] words = DemoWords.PLACEMENT_EVENTS[event.words()];
        String messageId = "demo-month-placement-" + event.words();
        LocalDate today = clock.realInstant().atZone(clock.getZone()).toLocalDate();
        boolean ended = event.endedOn() != null;
        PlacementV1 message = new PlacementV1(PlacementV1.NAME, messageId, event.placement(), event.event(),
                event.sequence(), carer().organisationId(), carer().subject(), words[2], words[3], words[4],
                event.startedOn().toString(), ended ? event.endedOn().toString() : null, words[5], words[6],
                "Tom Walker", "01782 232000", words[7], ended ? null : today.plusDays(12).toString(),
                ended ? null : today.plusDays(4).toString(), "Trentside placement system", at.toString());
        jms.convertAndSend("portal.placements", json.writeValueAsString(message));
        return messageId;
    }

    private static final List<String> DEMO_ETHNICITIES = List.of("WBRI", "WBRI", "APKN", "WBRI", "MWBC", "WOTH",
            "WBRI", "BAFR", "AIND", "WBRI", "NOBT");

    private ConcernAnswers answers(DemoMonthPlan.Contact contact) {
        DemoMonthPlan.Child child = contact.child();
        ConcernAnswers answers = new ConcernAnswers();
        answers.setImmediateDanger(ConcernAnswers.NO);
        answers.setChildFirstName(child.firstName());
        answers.setChildLastName(child.lastName());
        answers.setDateOfBirth(date(child.dateOfBirth()));
        answers.setAddress(child.address());
        answers.setPostcode(child.postcode());
        answers.setSchool(child.school());
        answers.setNhsNumber(child.nhsNumber());
        answers.setFactors(contact.factors());
        answers.setWhatHappened(contact.whatHappened());
        answers.setWhenHappened(date(contact.whenHappened()));
        answers.setActionTaken(contact.actionTaken());
        answers.setParentsKnow(ConcernAnswers.YES);
        answers.setParentsAgree(List.of("yes", "no", "not-asked").get(contact.number() % 3));
        answers.setLevelOfNeed(Integer.toString(contact.levelOfNeed()));
        // What they would like to happen, one of the choices in turn (a partner's system says it too, here).
        var offered = uk.frontdoor.partner.concern.ReferrerRequest.offered().stream()
                .filter(request -> request != uk.frontdoor.partner.concern.ReferrerRequest.SOMETHING_ELSE).toList();
        answers.setRequest(offered.get(contact.number() % offered.size()).code());
        // Two referrers in three tell the child's gender and ethnicity, so the Annex A export shows both kinds of row.
        if (contact.number() % 3 != 0) {
            answers.setGender(contact.number() % 2 == 0 ? "a" : "b");
            answers.setEthnicity(DEMO_ETHNICITIES.get(contact.number() % DEMO_ETHNICITIES.size()));
        }
        answers.setHowToTell("none");
        return answers;
    }

    private static ConcernAnswers.DateAnswer date(LocalDate date) {
        return new ConcernAnswers.DateAnswer(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear()));
    }

    // ---- who does each step: made-up people, and the demo accounts where a demo visitor would look ----------------

    private static CurrentUser referrer(DemoMonthPlan.Source source, int index) {
        boolean gp = source == DemoMonthPlan.Source.GP;
        String[] staff = DemoWords.STAFF[index];
        return new CurrentUser("demo-month-" + source.organisation + "-" + index, gp ? DemoWords.DOCTORS[index] : staff[0],
                null, EnumSet.of(gp ? Role.GP : Role.valueOf(staff[1])), source.organisation);
    }

    private static CurrentUser partnerSystem(DemoMonthPlan.Source source) {
        String client = "demo-month-" + source.organisation + "-system";
        return new CurrentUser(client, client, null, EnumSet.of(Role.PARTNER_SYSTEM), source.organisation);
    }

    private static CurrentUser worker(int index) {
        String[] worker = DemoWords.DUTY_WORKERS[index];
        return new CurrentUser(worker[0], worker[1], null, EnumSet.of(Role.DUTY_SOCIAL_WORKER), "chad");
    }

    private static CurrentUser leavingCare() {
        return new CurrentUser("leaving-care", "Lee Leaving", null, EnumSet.of(Role.LEAVING_CARE_TEAM), "council-leaving-care");
    }

    private static CurrentUser employer(int index) {
        String[] employer = DemoWords.EMPLOYERS[index];
        return new CurrentUser("demo-month-employer-" + index, "Owner of " + employer[1], employer[2],
                EnumSet.of(Role.EMPLOYER), employer[0]);
    }

    private static CurrentUser carer() {
        return new CurrentUser("carer", "Carys Carer", null, EnumSet.of(Role.FOSTER_CARER), "fostering-stoke");
    }

    // ---- waiting for the routes -----------------------------------------------------------------------------------

    private UUID contactId(Map<String, String> results, String contactKey) {
        String reference = results.get(contactKey + (contactKey.startsWith("advice") ? "-asked" : "-submitted"));
        awaitContact(reference);
        return jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
    }

    private void awaitContact(String reference) {
        await(() -> jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference)
                .query(Long.class).single() > 0);
    }

    private void awaitOutbox() {
        await(() -> jdbc.sql("SELECT count(*) FROM int_channel_message").query(Long.class).single() == 0);
    }

    private void await(BooleanSupplier arrived) {
        long deadline = System.nanoTime() + ROUTE_WAIT.toNanos();
        while (!arrived.getAsBoolean()) {
            if (System.nanoTime() > deadline || stopping) {
                throw new StepFailed("a step did not arrive through the routes within " + ROUTE_WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String pick(String[] texts) {
        return texts[words.nextInt(texts.length)];
    }

    private static void accepted(List<FieldError> problems, DemoMonthPlan.Step step) {
        refuseProblems(problems, step.key());
    }

    /** A refused step names its fields only: the answers are made up, but logs never carry answers. */
    private static void refuseProblems(List<FieldError> problems, String key) {
        if (!problems.isEmpty()) {
            throw new StepFailed("step " + key + " was refused: " + problems.stream().map(FieldError::field).toList());
        }
    }

    // ---- progress -------------------------------------------------------------------------------------------------

    /** Health's "demoMonth" part: up throughout (the portal works meanwhile), saying how far the month has got. */
    Health health() {
        return Health.up().withDetail("state", state).withDetail("stepsDone", done.get())
                .withDetail("stepsPlanned", planned.get()).build();
    }

    boolean ready() {
        return "ready".equals(state);
    }

    /** A step that could not be done, in words that hold no answer. */
    static final class StepFailed extends IllegalStateException {

        StepFailed(String why) {
            super(why);
        }
    }
}
