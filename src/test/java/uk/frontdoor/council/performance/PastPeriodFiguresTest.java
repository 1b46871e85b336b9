package uk.frontdoor.council.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.performance.PerformanceReport.ContactsBySource;
import uk.frontdoor.council.performance.PerformanceReport.Partner;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Exact figures for a fortnight in March 2012 that no other test touches: contacts put straight into the duty
 * side's table with the times, deadlines and outcomes a real fortnight might have had.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PastPeriodFiguresTest extends PortalTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final ReportingPeriod FORTNIGHT = new ReportingPeriod(LocalDate.of(2012, 3, 5), LocalDate.of(2012, 3, 18));
    private static final String MEIR = "Meir Primary School";
    private static final String POLICE = "Longton Police Station";

    @Autowired PerformanceInformation information;
    @Autowired InspectionExport export;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private final Map<String, String> references = new LinkedHashMap<>();
    /** What the referrer told about the child, where they did: Xavi's gender and ethnicity, Yara's gender only. */
    private static final Map<String, Map<String, Object>> ABOUT_CHILD = Map.of(
            "xavi", Map.of("gender", "a", "ethnicity", "WBRI"), "yara", Map.of("gender", "b"));
    private PerformanceReport report;

    @BeforeAll
    void aFortnightOfContacts() {
        // Xavi (by NHS number) had a referral in June 2011, within 12 months of his March 2012 contact.
        contact("earlier", "2011-06-01T10:00", "2011-06-02T10:00", "2011-06-01T12:00", ContactOutcome.CIN_ASSESSMENT,
                MEIR, "2A", child("Xavi", "Hist", "2005-07-20", null, "9434765870"), null);
        contact("xavi", "2012-03-05T09:00", "2012-03-06T09:00", "2012-03-05T15:00", ContactOutcome.CIN_ASSESSMENT,
                MEIR, "2A", child("Xavi", "Hist", "2005-07-20", null, "9434765870"), "Allocated, Ann");
        contact("yara", "2012-03-06T10:00", "2012-03-07T10:00", "2012-03-08T10:00", ContactOutcome.NFA,
                MEIR, "2A", child("Yara", "Hist", "2008-01-02", null, null), null);
        contact("yara-again", "2012-03-13T14:00", "2012-03-14T14:00", "2012-03-13T16:00", ContactOutcome.STRATEGY_S47,
                POLICE, "6", child("YARA", "hist", "2008-01-02", null, null), null);
        contact("zak-open", "2012-03-14T09:30", "2012-03-15T09:30", null, null,
                POLICE, "6", child("Zak", "Hist", null, 7, null), null);
        contact("zak-age-only", "2012-03-15T12:00", "2012-03-16T12:00", "2012-03-15T13:00", ContactOutcome.EARLY_HELP,
                POLICE, "6", child("Zak", "Hist", null, 7, null), null);
        contact("after", "2012-03-19T09:00", "2012-03-20T09:00", null, null,
                POLICE, "6", child("Zak", "Hist", null, 7, null), null);
        report = information.report(DemoUser.MANAGER.currentUser(), FORTNIGHT);
    }

    @Test
    void contacts_per_day_and_per_week_by_source() {
        assertThat(report.contacts()).isEqualTo(5);
        ContactsBySource weeks = report.perWeek();
        assertThat(weeks.sources()).containsExactly("2A", "6");
        assertThat(weeks.rows()).extracting(row -> row.first() + ".." + row.last() + " " + row.count("2A") + "/" + row.count("6"))
                .containsExactly("2012-03-05..2012-03-11 2/0", "2012-03-12..2012-03-18 0/3");
        ContactsBySource days = report.perDay();
        assertThat(days.rows()).hasSize(14);
        assertThat(days.rows()).filteredOn(day -> day.total() > 0).extracting(day -> day.first().getDayOfMonth() + ":" + day.total())
                .containsExactly("5:1", "6:1", "13:1", "14:1", "15:1");
    }

    @Test
    void three_of_four_decided_within_one_working_day_and_one_still_open_past_its_deadline() {
        assertThat(report.timeliness()).isEqualTo(new PerformanceReport.Timeliness(4, 3, 1, 1));
        assertThat(report.timeliness().decidedInTimeShare().text()).isEqualTo("75% (3 of 4)");
    }

    @Test
    void outcomes_conversion_to_referral_and_no_further_action_rate() {
        assertThat(report.outcomes().counts()).containsOnly(Map.entry(ContactOutcome.CIN_ASSESSMENT, 1L),
                Map.entry(ContactOutcome.NFA, 1L), Map.entry(ContactOutcome.STRATEGY_S47, 1L),
                Map.entry(ContactOutcome.EARLY_HELP, 1L));
        assertThat(report.outcomes().becameReferrals().text()).isEqualTo("50% (2 of 4)");
        assertThat(report.outcomes().noFurtherAction().text()).isEqualTo("25% (1 of 4)");
    }

    @Test
    void re_contacts_match_on_nhs_number_or_on_name_and_date_of_birth_but_never_on_an_approximate_age() {
        assertThat(report.recontacts().share().text()).isEqualTo("40% (2 of 5)");
    }

    @Test
    void partners_with_their_no_further_action_rate_and_median_hours_to_a_decision() {
        assertThat(report.partners()).containsExactly(
                new Partner(POLICE, 3, 2, 0, OptionalDouble.of(1.5), new Share(0, 0)),
                new Partner(MEIR, 2, 2, 1, OptionalDouble.of(27.0), new Share(0, 0)));
        assertThat(report.partners().getLast().noFurtherActionShare().text()).isEqualTo("50% (1 of 2)");
    }

    @Test
    void list_1_has_every_contact_received_in_the_fortnight_in_order() {
        List<List<String>> records = CsvRows.parse(export.contacts(DemoUser.MANAGER.currentUser(), FORTNIGHT).csv());
        assertThat(records).hasSize(6);
        assertThat(records.subList(1, 6)).extracting(row -> String.join("|", row.subList(1, 7))).containsExactly(
                "a) Male|WBRI|20/07/2005|6|05/03/2012|2A",
                "b) Female|NOBT|02/01/2008|4|06/03/2012|2A",
                "c) Not stated/recorded|NOBT|02/01/2008|4|13/03/2012|6",
                "c) Not stated/recorded|NOBT||7|14/03/2012|6",
                "c) Not stated/recorded|NOBT||7|15/03/2012|6");
        List<String> ids = records.subList(1, 6).stream().map(List::getFirst).toList();
        assertThat(ids.get(1)).as("Yara, however her name is typed").isEqualTo(ids.get(2));
        assertThat(ids.get(3)).as("a child with only an approximate age is matched to nobody").isNotEqualTo(ids.get(4));
        assertThat(ids).doesNotContainNull().allSatisfy(id -> assertThat(id).matches("[0-9A-F]{16}"));
    }

    @Test
    void list_3_counts_the_referrals_in_the_12_months_up_to_each_one_and_quotes_a_name_with_a_comma() {
        String csv = export.referrals(DemoUser.MANAGER.currentUser(), FORTNIGHT).csv();
        assertThat(csv).contains(",\"Allocated, Ann\"\r\n");
        List<List<String>> records = CsvRows.parse(csv);
        assertThat(records.subList(1, records.size())).extracting(row -> String.join("|", row.subList(1, 11)))
                .containsExactly(
                        "a) Male|WBRI|20/07/2005|6|05/03/2012|2A|No|2|ChAD|Allocated, Ann",
                        "c) Not stated/recorded|NOBT|02/01/2008|4|13/03/2012|6|No|1|ChAD|");
        assertThat(csv).doesNotContainIgnoringCase("Xavi").doesNotContainIgnoringCase("Yara")
                .doesNotContainIgnoringCase("Hist").doesNotContain("9434765870");
    }

    private Map<String, Object> child(String first, String last, String dateOfBirth, Integer approximateAge, String nhsNumber) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("firstName", first);
        child.put("lastName", last);
        if (dateOfBirth != null) {
            child.put("dateOfBirth", dateOfBirth);
        } else {
            child.put("approximateAge", approximateAge);
        }
        child.put("address", "2 History Lane, Stoke-on-Trent");
        child.put("postcode", "ST3 1AA");
        if (nhsNumber != null) {
            child.put("nhsNumber", nhsNumber);
        }
        return child;
    }

    /** A contact as the duty side keeps it, with the message the referrer's side would have sent. */
    private void contact(String name, String received, String due, String decided, ContactOutcome outcome,
            String organisation, String source, Map<String, Object> child, String assignedName) {
        String reference = "FD-2012-" + (100000 + Math.abs(UUID.randomUUID().hashCode() % 900000));
        references.put(name, reference);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("contract", "contact.v1");
        message.put("messageId", UUID.randomUUID().toString());
        message.put("reference", reference);
        message.put("submittedAt", uk(received).toString());
        message.put("kind", "concern");
        message.put("urgent", false);
        message.put("referrer", Map.of("name", "A Referrer", "role", "TEACHER", "organisationId", "history",
                "organisationName", organisation, "referralSource", source));
        message.put("child", child);
        message.put("concern", Map.of("factors", List.of("16A"), "whatHappened", "Came to school hungry.",
                "whenHappened", received.substring(0, 10), "actionTaken", "Gave breakfast."));
        message.put("parents", Map.of("know", true, "agree", "yes"));
        message.put("levelOfNeed", 2);
        if (ABOUT_CHILD.containsKey(name)) {
            message.put("aboutChild", ABOUT_CHILD.get(name));
        }
        jdbc.sql("INSERT INTO duty_contact (id, contact_message_id, reference, received_at, decision_due_at, urgent, "
                        + "child_name, organisation_name, referral_source, contact, outcome, decided_at, assigned_name) "
                        + "VALUES (?, ?, ?, ?, ?, false, ?, ?, ?, ?::jsonb, ?, ?, ?)")
                .params(UUID.randomUUID(), message.get("messageId"), reference, timestamp(received), timestamp(due),
                        child.get("firstName") + " " + child.get("lastName"), organisation, source,
                        json.writeValueAsString(message), outcome == null ? null : outcome.name(),
                        decided == null ? null : timestamp(decided), assignedName)
                .update();
    }

    private static java.time.Instant uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UK).toInstant();
    }

    private static java.sql.Timestamp timestamp(String localDateTime) {
        return java.sql.Timestamp.from(uk(localDateTime));
    }
}
