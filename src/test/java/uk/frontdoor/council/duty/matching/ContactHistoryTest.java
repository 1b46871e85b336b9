package uk.frontdoor.council.duty.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Concerns from a school, a GP and another school about one child, written differently each time, and one
 * about her twin, travel the real routes into the duty inbox; opening the last shows the earlier ones.
 * Each test uses its own date of birth and postcode (and no NHS number the other tests share), so contacts
 * raised by other test classes on the same database never match.
 */
class ContactHistoryTest extends PortalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SPRINGFIELD = "Springfield Primary School";
    private static final String HANLEY = "Hanley Park Academy";
    private static final String BURSLEM = "Burslem Health Centre";

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired ContactHistory history;
    @Autowired JdbcClient jdbc;
    @Autowired uk.frontdoor.council.duty.DutyDecisions decisions;

    private record Raised(String reference, UUID id) {
    }

    @Test
    void opening_a_contact_shows_earlier_contacts_about_the_same_child_from_every_partner_but_not_her_twin() {
        LocalDate born = LocalDate.of(2014, 2, 3);
        Raised school = raise(DemoUser.TEACHER, "Katie Louise", "Smith", born, "st6 5tx", null, "K12345678901A");
        Raised gp = raise(DemoUser.GP, "Catherine", "Smith", born, "ST65TX", "4857773457", null);
        Raised twin = raise(DemoUser.TEACHER, "Charlotte", "Smith", born, "ST6 5TX", null, null);
        Raised otherSchool = raise(DemoUser.TEACHER_AT_ANOTHER_SCHOOL, "Kathryn", "Smyth", born, "ST6 5TX", null,
                "K12345678901A");

        EarlierContacts earlier = history.earlierContacts(DemoUser.DUTY.currentUser(), otherSchool.id());

        assertThat(earlier.contacts()).extracting(EarlierContact::reference)
                .containsExactly(gp.reference(), school.reference());
        assertThat(earlier.inLast12Months()).as("the re-referral measure").isEqualTo(2);
        EarlierContact fromGp = earlier.contacts().get(0);
        assertThat(fromGp.organisationName()).isEqualTo(BURSLEM);
        assertThat(fromGp.referralSource()).isEqualTo("3A");
        assertThat(fromGp.childName()).isEqualTo("Catherine Smith");
        assertThat(fromGp.verdict()).isEqualTo(MatchVerdict.LIKELY);
        assertThat(fromGp.howMatched())
                .isEqualTo("Same date of birth and postcode, names alike allowing a nickname and a spelling slip");
        assertThat(fromGp.confirmed()).isFalse();
        assertThat(fromGp.outcome()).as("no decisions yet").isEmpty();
        EarlierContact fromSchool = earlier.contacts().get(1);
        assertThat(fromSchool.organisationName()).isEqualTo(SPRINGFIELD);
        assertThat(fromSchool.referralSource()).isEqualTo("2A");
        assertThat(fromSchool.verdict()).isEqualTo(MatchVerdict.MATCH);
        assertThat(fromSchool.howMatched()).isEqualTo("Same unique pupil number");
        assertThat(fromSchool.receivedAt()).isBefore(fromGp.receivedAt());

        assertThat(history.earlierContacts(DemoUser.DUTY.currentUser(), twin.id()).contacts())
                .as("the twin's contact shows her sister's only if they match: Charlotte is not Katie")
                .extracting(EarlierContact::reference).isEmpty();
        assertThat(history.earlierContacts(DemoUser.DUTY.currentUser(), school.id()).isEmpty())
                .as("only earlier contacts").isTrue();
        assertThat(audited("EARLIER_CONTACTS_VIEWED", otherSchool.reference())).isEqualTo(1);
    }

    @Test
    void a_confirmed_pair_shows_as_confirmed_and_a_rejected_pair_is_never_shown_again() {
        LocalDate born = LocalDate.of(2013, 9, 21);
        Raised gp = raise(DemoUser.GP, "Jon", "Beck", born, "ST3 2QQ", null, null);
        Raised school = raise(DemoUser.TEACHER, "Johnny", "Beck", born, "ST3 2QQ", null, null);
        Raised otherSchool = raise(DemoUser.TEACHER_AT_ANOTHER_SCHOOL, "John", "Beck", born, "ST3 2QQ", null, null);
        assertThat(references(otherSchool)).containsExactly(school.reference(), gp.reference());

        history.confirm(DemoUser.DUTY.currentUser(), gp.id(), otherSchool.id());
        history.reject(DemoUser.MANAGER.currentUser(), otherSchool.id(), school.id());

        EarlierContacts earlier = history.earlierContacts(DemoUser.DUTY.currentUser(), otherSchool.id());
        assertThat(earlier.contacts()).extracting(EarlierContact::reference).containsExactly(gp.reference());
        assertThat(earlier.contacts().getFirst().confirmed()).as("either way round").isTrue();
        assertThat(earlier.inLast12Months()).isEqualTo(1);
        assertThat(audited("CONTACT_MATCH_CONFIRMED", gp.reference() + " " + otherSchool.reference())).isEqualTo(1);
        assertThat(audited("CONTACT_MATCH_REJECTED", otherSchool.reference() + " " + school.reference())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT decided_by FROM duty_contact_match_decision WHERE decision = 'REJECTED' "
                        + "AND ? IN (first_contact_id, second_contact_id)").param(school.id())
                .query(String.class).single()).isEqualTo(DemoUser.MANAGER.subject);

        history.reject(DemoUser.DUTY.currentUser(), gp.id(), otherSchool.id());
        assertThat(references(otherSchool)).as("the latest decision stands").isEmpty();
    }

    @Test
    void a_duty_worker_links_a_contact_the_matcher_did_not_find() {
        LocalDate born = LocalDate.of(2012, 7, 14);
        Raised before = raise(DemoUser.GP, "Kitty", "Okafor", born, "ST1 4AA", null, null);
        Raised movedHouse = raise(DemoUser.TEACHER, "Catherine", "Okafor", born, "ST2 9ZZ", null, null);
        assertThat(references(movedHouse)).as("a different postcode").isEmpty();

        history.confirm(DemoUser.DUTY.currentUser(), movedHouse.id(), before.id());

        EarlierContact linked = history.earlierContacts(DemoUser.DUTY.currentUser(), movedHouse.id()).contacts().getFirst();
        assertThat(linked.reference()).isEqualTo(before.reference());
        assertThat(linked.verdict()).isEqualTo(MatchVerdict.NO_MATCH);
        assertThat(linked.howMatched()).isEqualTo("Linked by a duty worker");
        assertThat(linked.confirmed()).isTrue();
        assertThat(linked.outcome()).isEmpty();

        decisions.decide(DemoUser.DUTY.currentUser(), before.id(), new uk.frontdoor.council.duty.DecisionForm(
                uk.frontdoor.council.duty.ContactOutcome.EARLY_HELP, java.util.Set.of("16A"), 2, "Early help for the family."));
        assertThat(history.earlierContacts(DemoUser.DUTY.currentUser(), movedHouse.id()).contacts().getFirst().outcome())
                .as("the earlier contact's outcome").contains("Early help");
    }

    @Test
    void only_contacts_in_the_12_months_before_this_one_count() {
        LocalDate born = LocalDate.of(2011, 11, 30);
        Raised first = raise(DemoUser.GP, "Amira", "Haddad", born, "ST7 1AB", "4857773465", null);
        Raised latest = raise(DemoUser.TEACHER, "Amira", "Haddad", born, "ST7 1AB", "4857773465", null);
        String elevenMonths = copyReceivedBefore(latest, "11 months", "FD-2025-910001");
        copyReceivedBefore(latest, "13 months", "FD-2025-910002");

        assertThat(references(latest)).containsExactly(first.reference(), elevenMonths);
    }

    @Test
    void intake_records_the_childs_identifiers_as_matching_compares_them() {
        Raised raised = raise(DemoUser.TEACHER, "Ada", "Lowe", LocalDate.of(2015, 1, 9), "st4 7qq", "485 777 3473",
                "z12345678901b");
        Map<String, Object> row = jdbc.sql("SELECT child_date_of_birth, child_postcode, child_nhs_number, "
                + "child_pupil_number FROM duty_contact WHERE id = ?").param(raised.id()).query().singleRow();
        assertThat(row).containsEntry("child_postcode", "ST47QQ").containsEntry("child_nhs_number", "4857773473")
                .containsEntry("child_pupil_number", "Z12345678901B");
        assertThat(row.get("child_date_of_birth").toString()).isEqualTo("2015-01-09");
    }

    @Test
    void only_the_duty_team_sees_earlier_contacts_or_decides_about_them() {
        Raised one = raise(DemoUser.TEACHER, "Noor", "Ali", LocalDate.of(2016, 3, 3), "ST8 6PP", null, null);
        Raised two = raise(DemoUser.GP, "Noor", "Ali", LocalDate.of(2016, 3, 3), "ST8 6PP", null, null);
        for (DemoUser partner : List.of(DemoUser.TEACHER, DemoUser.GP, DemoUser.LEAD, DemoUser.EMPLOYER)) {
            assertThatThrownBy(() -> history.earlierContacts(partner.currentUser(), two.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> history.confirm(partner.currentUser(), two.id(), one.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> history.reject(partner.currentUser(), two.id(), one.id()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(references(two)).containsExactly(one.reference());
        assertThatThrownBy(() -> history.confirm(DemoUser.DUTY.currentUser(), two.id(), two.id()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> history.confirm(DemoUser.DUTY.currentUser(), two.id(), UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(history.earlierContacts(DemoUser.DUTY.currentUser(), UUID.randomUUID()).isEmpty()).isTrue();
    }

    /** Raises a concern through the partner side and waits until the duty inbox has it. */
    private Raised raise(DemoUser who, String firstName, String lastName, LocalDate born, String postcode,
            String nhsNumber, String pupilNumber) {
        ConcernAnswers answers = Answers.complete(firstName, lastName);
        answers.setDateOfBirth(new ConcernAnswers.DateAnswer(String.valueOf(born.getDayOfMonth()),
                String.valueOf(born.getMonthValue()), String.valueOf(born.getYear())));
        answers.setPostcode(postcode);
        answers.setNhsNumber(nhsNumber);
        answers.setPupilNumber(pupilNumber);
        String reference = Concerns.raise(drafts, concerns, who, answers);
        eventually("the duty inbox has " + reference, WAIT, () -> idOf(reference) != null);
        return new Raised(reference, idOf(reference));
    }

    private UUID idOf(String reference) {
        return jdbc.sql("SELECT id FROM duty_contact WHERE reference = ?").param(reference)
                .query(UUID.class).optional().orElse(null);
    }

    private List<String> references(Raised opened) {
        return history.earlierContacts(DemoUser.DUTY.currentUser(), opened.id()).contacts().stream()
                .map(EarlierContact::reference).toList();
    }

    /** The same contact as if it had been received this long before the given one. */
    private String copyReceivedBefore(Raised contact, String interval, String reference) {
        jdbc.sql("""
                INSERT INTO duty_contact (id, contact_message_id, reference, received_at, decision_due_at, urgent,
                    child_name, organisation_name, referral_source, contact, child_date_of_birth, child_postcode,
                    child_nhs_number, child_pupil_number)
                SELECT gen_random_uuid(), ?, ?, received_at - ?::interval, decision_due_at - ?::interval, urgent,
                    child_name, organisation_name,
                    referral_source, contact, child_date_of_birth, child_postcode, child_nhs_number, child_pupil_number
                FROM duty_contact WHERE id = ?""")
                .params("copy-" + reference, reference, interval, interval, contact.id()).update();
        return reference;
    }

    private long audited(String action, String subject) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND subject = ?").params(action, subject)
                .query(Long.class).single();
    }
}
