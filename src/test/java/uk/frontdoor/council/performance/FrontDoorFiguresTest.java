package uk.frontdoor.council.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.DecisionForm;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.SameChild;
import uk.frontdoor.council.performance.PerformanceReport.Partner;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Concerns raised by a school and a GP travel through the front door, are decided (no further action signed off
 * by a manager), and show in the dashboard and the Annex A lists. Other tests share the database, so the
 * dashboard is checked by how much it moved and the lists by the rows about these children.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorFiguresTest extends PortalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final DateTimeFormatter ANNEX_A = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SCHOOL = "Springfield Primary School";
    private static final String GP_PRACTICE = "Burslem Health Centre";

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyInbox inbox;
    @Autowired DutyDecisions decisions;
    @Autowired PerformanceInformation information;
    @Autowired InspectionExport export;
    @Autowired JdbcClient jdbc;

    private final Random random = new Random();
    private ReportingPeriod period;
    private PerformanceReport before;
    private PerformanceReport after;
    private final Child amy = new Child(name(), name(), null, LocalDate.of(2016, 5, 12));
    private final Child ben = new Child(name(), name(), null, LocalDate.of(2014, 9, 1));
    /** The GP knows Cal's gender and ethnicity and says so; nobody says Amy's, Ben's or Dot's. */
    private final Child cal = new Child(name(), name(), nhsNumber(), LocalDate.of(2019, 2, 28), "a", "WBRI");
    private final Child dot = new Child(name(), name(), null, LocalDate.of(2012, 1, 31));
    /** Amy twice from the school, Cal twice from the GP (the second time with his name in capitals). */
    private String schoolAmy;
    private String schoolBen;
    private String schoolAmyAgain;
    private String gpCal;
    private String gpDot;
    private String gpCalAgain;

    record Child(String firstName, String lastName, String nhsNumber, LocalDate dateOfBirth, String gender,
            String ethnicity) {
        Child(String firstName, String lastName, String nhsNumber, LocalDate dateOfBirth) {
            this(firstName, lastName, nhsNumber, dateOfBirth, null, null);
        }
    }

    @BeforeAll
    void concernsAreRaisedAndDecided() {
        eventually("every concern raised so far has reached the duty inbox", WAIT, () -> jdbc.sql(
                "SELECT count(*) FROM concern c WHERE NOT EXISTS (SELECT 1 FROM duty_contact d WHERE d.reference = c.reference)")
                .query(Long.class).single() == 0);
        period = ReportingPeriod.lastFourWeeks(information.today());
        before = information.report(DemoUser.MANAGER.currentUser(), period);

        schoolAmy = raise(DemoUser.TEACHER, amy);
        inbox.claim(DemoUser.DUTY.currentUser(), contactId(schoolAmy));
        decide(schoolAmy, ContactOutcome.CIN_ASSESSMENT);
        schoolBen = raise(DemoUser.TEACHER, ben);
        decideAndSignOff(schoolBen, ContactOutcome.NFA);
        schoolAmyAgain = raise(DemoUser.TEACHER, amy);

        gpCal = raise(DemoUser.GP, cal);
        decide(gpCal, ContactOutcome.STRATEGY_S47);
        gpDot = raise(DemoUser.GP, dot);
        decideAndSignOff(gpDot, ContactOutcome.NFA);
        gpCalAgain = raise(DemoUser.GP, new Child(cal.firstName().toUpperCase(), cal.lastName(), cal.nhsNumber(), cal.dateOfBirth(),
                cal.gender(), cal.ethnicity()));
        decide(gpCalAgain, ContactOutcome.CIN_ASSESSMENT);

        after = information.report(DemoUser.MANAGER.currentUser(), period);
    }

    @Test
    void contacts_are_counted_per_day_and_per_week_by_referral_source() {
        assertThat(after.contacts() - before.contacts()).isEqualTo(6);
        assertThat(after.perWeek().total("2A") - before.perWeek().total("2A")).isEqualTo(3);
        assertThat(after.perWeek().total("3A") - before.perWeek().total("3A")).isEqualTo(3);
        assertThat(after.perDay().total("2A") - before.perDay().total("2A")).isEqualTo(3);
        assertThat(after.perWeek().sources()).contains("2A", "3A");
        assertThat(after.perDay().rows()).hasSize(28);
        assertThat(after.perDay().rows().getLast().first()).isEqualTo(information.today());
        assertThat(after.perWeek().rows().stream().mapToLong(PerformanceReport.ContactsBySource.Row::total).sum())
                .isEqualTo(after.contacts());
    }

    @Test
    void five_were_decided_within_one_working_day_and_one_is_still_open() {
        PerformanceReport.Timeliness was = before.timeliness();
        PerformanceReport.Timeliness now = after.timeliness();
        assertThat(now.decided() - was.decided()).isEqualTo(5);
        assertThat(now.decidedInTime() - was.decidedInTime()).isEqualTo(5);
        assertThat(now.open() - was.open()).isEqualTo(1);
        assertThat(now.openOverdue() - was.openOverdue()).isZero();
        assertThat(now.decidedInTimeShare()).isEqualTo(new Share(now.decidedInTime(), now.decided()));
    }

    @Test
    void three_of_the_five_decided_became_referrals_and_two_ended_with_no_further_action() {
        PerformanceReport.Outcomes was = before.outcomes();
        PerformanceReport.Outcomes now = after.outcomes();
        assertThat(now.count(ContactOutcome.CIN_ASSESSMENT) - was.count(ContactOutcome.CIN_ASSESSMENT)).isEqualTo(2);
        assertThat(now.count(ContactOutcome.STRATEGY_S47) - was.count(ContactOutcome.STRATEGY_S47)).isEqualTo(1);
        assertThat(now.count(ContactOutcome.NFA) - was.count(ContactOutcome.NFA)).isEqualTo(2);
        assertThat(now.becameReferrals().count() - was.becameReferrals().count()).isEqualTo(3);
        assertThat(now.becameReferrals().of() - was.becameReferrals().of()).isEqualTo(5);
        assertThat(now.noFurtherAction().count() - was.noFurtherAction().count()).isEqualTo(2);
        assertThat(now.noFurtherAction().of()).isEqualTo(now.decided()).isEqualTo(after.timeliness().decided());
    }

    @Test
    void a_second_contact_about_the_same_child_is_a_re_contact_by_name_and_date_of_birth_or_by_nhs_number() {
        assertThat(after.recontacts().recontacts() - before.recontacts().recontacts()).isEqualTo(2);
        assertThat(after.recontacts().contacts()).isEqualTo(after.contacts());
    }

    @Test
    void each_partner_organisation_shows_its_contacts_no_further_action_and_how_fast_it_heard_back() {
        Partner schoolBefore = partner(before, SCHOOL);
        Partner school = partner(after, SCHOOL);
        assertThat(school.contacts() - schoolBefore.contacts()).isEqualTo(3);
        assertThat(school.decided() - schoolBefore.decided()).isEqualTo(2);
        assertThat(school.noFurtherAction() - schoolBefore.noFurtherAction()).isEqualTo(1);
        Partner gpBefore = partner(before, GP_PRACTICE);
        Partner gp = partner(after, GP_PRACTICE);
        assertThat(gp.contacts() - gpBefore.contacts()).isEqualTo(3);
        assertThat(gp.decided() - gpBefore.decided()).isEqualTo(3);
        assertThat(gp.noFurtherAction() - gpBefore.noFurtherAction()).isEqualTo(1);
        assertThat(gp.noFurtherActionShare()).isEqualTo(new Share(gp.noFurtherAction(), gp.decided()));
        // Everything in this test run was decided within seconds of arriving.
        assertThat(gp.medianHoursToDecision()).isPresent();
        assertThat(gp.medianHoursToDecision().getAsDouble()).isBetween(0.0, 1.0);
        assertThat(school.medianHoursToDecision()).isPresent();
    }

    @Test
    void list_1_has_ofsteds_headers_a_row_per_contact_with_codes_and_no_names() {
        AnnexAFile file = export.contacts(DemoUser.MANAGER.currentUser(), period);
        assertThat(file.fileName()).isEqualTo("annex-a-list-1-contacts-" + period.from() + "-to-" + period.to() + ".csv");
        List<List<String>> records = CsvRows.parse(file.csv());
        assertThat(records.getFirst()).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                "Age of Child (Years)", "Date of Contact", "Contact Source");
        assertThat(file.rows()).isEqualTo(records.size() - 1);

        Map<String, List<List<String>>> byChild = byChild(records);
        String today = ANNEX_A.format(information.today());
        assertThat(byChild.get(childId(schoolAmy))).containsExactly(
                List.of(childId(schoolAmy), "c) Not stated/recorded", "NOBT", "12/05/2016", age(amy), today, "2A"),
                List.of(childId(schoolAmy), "c) Not stated/recorded", "NOBT", "12/05/2016", age(amy), today, "2A"));
        assertThat(childId(schoolAmyAgain)).isEqualTo(childId(schoolAmy));
        assertThat(byChild.get(childId(schoolBen))).hasSize(1);
        assertThat(byChild.get(childId(gpCal))).as("the gender and ethnicity the GP gave").hasSize(2)
                .allSatisfy(row -> assertThat(row.subList(1, 7))
                        .containsExactly("a) Male", "WBRI", "28/02/2019", age(cal), today, "3A"));
        assertThat(childId(gpCalAgain)).isEqualTo(childId(gpCal));
        assertThat(byChild.get(childId(gpDot))).hasSize(1);
        assertThat(List.of(childId(schoolAmy), childId(schoolBen), childId(gpCal), childId(gpDot))).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[0-9A-F]{16}"));
        assertNoChildDetails(file);
    }

    @Test
    void list_3_has_a_row_per_referral_with_the_referrals_in_the_last_12_months_and_no_names() {
        AnnexAFile file = export.referrals(DemoUser.MANAGER.currentUser(), period);
        assertThat(file.fileName()).isEqualTo("annex-a-list-3-referrals-" + period.from() + "-to-" + period.to() + ".csv");
        List<List<String>> records = CsvRows.parse(file.csv());
        assertThat(records.getFirst()).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                "Age of Child (Years)", "Date of referral", "Referral Source", "Referral NFA?",
                "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker");

        Map<String, List<List<String>>> byChild = byChild(records);
        String today = ANNEX_A.format(information.today());
        assertThat(byChild.get(childId(schoolAmy))).containsExactly(List.of(childId(schoolAmy),
                "c) Not stated/recorded", "NOBT", "12/05/2016", age(amy), today, "2A", "No", "1", "ChAD", "Dee Duty"));
        // Nobody claimed Cal's contacts before deciding them: the decider took each with the decision.
        assertThat(byChild.get(childId(gpCal))).containsExactly(
                List.of(childId(gpCal), "a) Male", "WBRI", "28/02/2019", age(cal), today, "3A", "No", "1", "ChAD", "Dee Duty"),
                List.of(childId(gpCal), "a) Male", "WBRI", "28/02/2019", age(cal), today, "3A", "No", "2", "ChAD", "Dee Duty"));
        assertThat(byChild).as("no further action never became a referral")
                .doesNotContainKeys(childId(schoolBen), childId(gpDot));
        assertNoChildDetails(file);
    }

    @Test
    void every_export_is_audited_as_a_disclosure_with_who_and_which_file() {
        long before = exports("annex-a-list-1-contacts-" + period.slug() + ".csv");
        long referralsBefore = exports("annex-a-list-3-referrals-" + period.slug() + ".csv");
        export.contacts(DemoUser.MANAGER.currentUser(), period);
        export.referrals(DemoUser.MANAGER.currentUser(), period);
        assertThat(exports("annex-a-list-1-contacts-" + period.slug() + ".csv")).isEqualTo(before + 1);
        assertThat(exports("annex-a-list-3-referrals-" + period.slug() + ".csv")).isEqualTo(referralsBefore + 1);
    }

    private void assertNoChildDetails(AnnexAFile file) {
        for (Child child : List.of(amy, ben, cal, dot)) {
            assertThat(file.csv()).doesNotContainIgnoringCase(child.firstName()).doesNotContainIgnoringCase(child.lastName());
        }
        assertThat(file.csv()).doesNotContain(cal.nhsNumber()).doesNotContain("Station Road").doesNotContain("ST4 1HH");
    }

    private long exports(String fileName) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'INSPECTION_DATA_EXPORTED' AND actor = ? AND subject = ?")
                .params(DemoUser.MANAGER.subject, fileName).query(Long.class).single();
    }

    private String raise(DemoUser referrer, Child child) {
        ConcernAnswers answers = Answers.complete(child.firstName(), child.lastName());
        answers.setNhsNumber(child.nhsNumber());
        answers.setGender(child.gender());
        answers.setEthnicity(child.ethnicity());
        answers.setDateOfBirth(new ConcernAnswers.DateAnswer(String.valueOf(child.dateOfBirth().getDayOfMonth()),
                String.valueOf(child.dateOfBirth().getMonthValue()), String.valueOf(child.dateOfBirth().getYear())));
        String reference = Concerns.raise(drafts, concerns, referrer, answers);
        eventually("the contact reaches the duty inbox", WAIT, () -> jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference = ?")
                .param(reference).query(Long.class).single() == 1);
        return reference;
    }

    private void decide(String reference, ContactOutcome outcome) {
        assertThat(decisions.decide(DemoUser.DUTY.currentUser(), contactId(reference),
                new DecisionForm(outcome, Set.of("16A"), 3, "Decided for the performance figures."))).isEmpty();
    }

    private void decideAndSignOff(String reference, ContactOutcome outcome) {
        decide(reference, outcome);
        UUID decision = decisions.decisionsOn(DemoUser.DUTY.currentUser(), contactId(reference)).getFirst().id();
        assertThat(decisions.review(DemoUser.MANAGER.currentUser(), decision, true, "")).isEmpty();
    }

    private UUID contactId(String reference) {
        return jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference).query(UUID.class).single();
    }

    /** The pseudonymous id the lists must carry for the child a contact is about. */
    private String childId(String reference) {
        return export.childUniqueId(jdbc.sql("SELECT " + SameChild.key("c") + " FROM duty_contact c WHERE reference = ?")
                .param(reference).query(String.class).single());
    }

    private String age(Child child) {
        return String.valueOf(Period.between(child.dateOfBirth(), information.today()).getYears());
    }

    private static Map<String, List<List<String>>> byChild(List<List<String>> records) {
        return records.subList(1, records.size()).stream().collect(Collectors.groupingBy(List::getFirst));
    }

    private static Partner partner(PerformanceReport report, String organisation) {
        return report.partners().stream().filter(each -> each.organisation().equals(organisation)).findFirst()
                .orElse(new Partner(organisation, 0, 0, 0, java.util.OptionalDouble.empty(), new Share(0, 0)));
    }

    /** A name no other test uses, so rows about this child are this test's. */
    private String name() {
        return random.ints(8, 'a', 'z' + 1).mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining("", "Q", ""));
    }

    /** A random NHS number with a valid modulus 11 check digit. */
    private String nhsNumber() {
        while (true) {
            int[] digits = random.ints(9, 0, 10).toArray();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += digits[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return java.util.Arrays.stream(digits).mapToObj(String::valueOf).collect(Collectors.joining()) + check;
            }
        }
    }
}
