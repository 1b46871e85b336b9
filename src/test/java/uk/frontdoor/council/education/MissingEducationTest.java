package uk.frontdoor.council.education;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.partner.education.MissingEducationForm;
import uk.frontdoor.partner.education.MissingEducationNotices;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.Type;
import uk.frontdoor.testsupport.UiTest;
import uk.frontdoor.testsupport.Views;

/**
 * Children missing education: a school tells the council a pupil has stopped attending; it reaches the officer through
 * the routes; each enquiry and the outcome land on the school's timeline; a child missing past the flag is flagged to
 * the officer and counted for the duty managers; nobody else sees any of it.
 */
class MissingEducationTest extends UiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired MissingEducationNotices notices;
    @Autowired MissingEducationCases cases;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.jms.core.JmsTemplate jms;

    @Test
    void a_school_tells_the_council_and_sees_the_officers_enquiry_and_outcome() {
        signInAs(DemoUser.LEAD);
        UI.getCurrent().navigate(Views.named("MissingEducationView"));
        _click(_get(Button.class, spec -> spec.withId("send-missing-education")));
        assertThat(errors()).containsExactly("Enter the pupil's first name", "Enter the pupil's last name",
                "Enter the pupil's date of birth, for example 3 2 2015", "Enter the last day the pupil attended, today or before",
                "Tell us what the school has tried", "Select yes if you have a safeguarding worry about this pupil");
        Type.into(MissingEducationForm.FIRST_NAME, "Mia");
        Type.into(MissingEducationForm.LAST_NAME, "Missing");
        typeDate(MissingEducationForm.DATE_OF_BIRTH, LocalDate.of(2015, 2, 3));
        typeDate(MissingEducationForm.LAST_ATTENDED, LocalDate.now().minusDays(3));
        Type.into(MissingEducationForm.TRIED, "Phoned both parents three times and visited the house twice.");
        Type.into(MissingEducationForm.KNOWN_MOVE, "A neighbour said the family may have moved to Leeds.");
        Type.into(radios(MissingEducationForm.SAFEGUARDING_WORRY), "no");
        _click(_get(Button.class, spec -> spec.withId("send-missing-education")));
        assertThat(errors()).isEmpty();
        String reference = pageText().replaceAll("(?s).*Pupil missing education (ME-\\d{4}-\\d{6}).*", "$1");
        assertThat(reference).matches("ME-\\d{4}-\\d{6}");
        eventually("the officer has it", WAIT, () -> kinds(reference).contains("received"));

        MissingEducationCases.Case opened = cases.open(DemoUser.CME.currentUser()).stream()
                .filter(each -> each.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(opened.flagged()).as("three days is not past the flag").isFalse();
        signInAs(DemoUser.CME);
        Views.open("CmeCaseView", opened.id().toString());
        assertThat(pageText()).contains("Mia Missing", "Phoned both parents", "moved to Leeds");
        _click(_get(Button.class, spec -> spec.withId("record-enquiry")));
        assertThat(errors()).containsExactly("Write what you did or found out");
        Type.into(MissingEducationCases.ENQUIRY, "Checked with Leeds: a school there has asked for her records.");
        _click(_get(Button.class, spec -> spec.withId("record-enquiry")));
        _click(_get(Button.class, spec -> spec.withId("record-outcome")));
        assertThat(errors()).containsExactly("Select what has happened to the child");
        Type.into(radios(MissingEducationCases.OUTCOME), "found-at-another-school");
        _click(_get(Button.class, spec -> spec.withId("record-outcome")));
        assertThat(pageText()).contains("Found on roll at another school");

        eventually("the outcome reaches the school", WAIT, () -> kinds(reference).contains("outcome"));
        MissingEducationNotices.Notice notice = notices.find(DemoUser.LEAD.currentUser(), reference).orElseThrow();
        assertThat(notice.steps()).extracting(MissingEducationNotices.Step::kind)
                .containsExactly("sent", "received", "enquiry", "outcome");
        assertThat(notice.steps().get(2).detail()).isEqualTo("Checked with Leeds: a school there has asked for her records.");
        assertThat(cases.open(DemoUser.CME.currentUser())).extracting(MissingEducationCases.Case::reference)
                .doesNotContain(reference);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CME_CASES_LISTED' AND shown LIKE ?")
                .param("%" + reference + "%").query(Long.class).single()).as("the officer's list is audited").isPositive();
    }

    @Test
    void a_child_missing_past_the_flag_is_flagged_and_counted_and_nobody_else_sees_it() {
        MissingEducationCases.Figures before = cases.figures(DemoUser.MANAGER.currentUser());
        String reference = notices.tell(DemoUser.TEACHER.currentUser(), new MissingEducationForm("Leo", "Long", "2014-06-07",
                null, null, LocalDate.now().minusWeeks(4).toString(), "Letters and calls, no answer.", null, "yes"))
                .reference();
        eventually("the officer has it", WAIT, () -> kinds(reference).contains("received"));
        MissingEducationCases.Case flagged = cases.open(DemoUser.CME.currentUser()).stream()
                .filter(each -> each.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(flagged.flagged()).isTrue();
        assertThat(flagged.safeguardingWorry()).isTrue();
        assertThat(cases.figures(DemoUser.MANAGER.currentUser()).flagged()).isEqualTo(before.flagged() + 1);

        assertThat(notices.find(DemoUser.TEACHER_AT_ANOTHER_SCHOOL.currentUser(), reference)).as("another school").isEmpty();
        assertThat(notices.find(DemoUser.LEAD.currentUser(), reference)).as("the school's lead").isPresent();
        assertThatThrownBy(() -> notices.find(DemoUser.GP.currentUser(), reference)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.open(DemoUser.DUTY.currentUser())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.open(DemoUser.CME_ELSEWHERE.currentUser())).as("the role, signed in elsewhere")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(notices.tell(DemoUser.TEACHER.currentUser(), new MissingEducationForm("Zed", "Future", "2015-01-01",
                null, "bad", LocalDate.now().plusDays(2).toString(), "Calls.", null, "no")).errors())
                .extracting(error -> error.message()).containsExactly(
                        "Enter a unique pupil number of a letter, 11 numbers and a letter or number",
                        "Enter the last day the pupil attended, today or before");
    }

    @Test
    void a_notice_delivered_twice_is_one_case_and_updates_out_of_order_land_once_in_time_order() {
        String reference = "ME-2026-9" + String.format("%05d", (int) (Math.random() * 99999));
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO missing_education_notice (id, reference, organisation_id, raised_by_subject, raised_by_name, "
                + "pupil_name, raised_at) VALUES (?, ?, 'school-springfield', 'teacher', 'Tess Teacher', 'Ola Twice', now())")
                .params(id, reference).update();
        String notice = """
                {"contract":"missing-education.v1","messageId":"missing-education-%s","reference":"%s","noticeId":"%s",
                 "sentAt":"2026-11-23T09:15:00Z","school":{"organisationId":"school-springfield",
                 "organisationName":"Springfield Primary School","sentBy":"Tess Teacher"},
                 "pupil":{"firstName":"Ola","lastName":"Twice","dateOfBirth":"2015-02-03"},"lastAttended":"2026-11-02",
                 "tried":"Calls.","safeguardingWorry":false}""".formatted(id, reference, id);
        jms.convertAndSend("council.missing-education", notice);
        jms.convertAndSend("council.missing-education", notice);
        String later = update(reference, "enquiry-b", "enquiry", "Second enquiry.", "2026-11-25T10:00:00Z");
        String earlier = update(reference, "enquiry-a", "enquiry", "First enquiry.", "2026-11-24T10:00:00Z");
        jms.convertAndSend("portal.missing-education", later);
        jms.convertAndSend("portal.missing-education", earlier);
        jms.convertAndSend("portal.missing-education", later);

        eventually("both enquiries land", WAIT, () -> kinds(reference).stream().filter("enquiry"::equals).count() == 2);
        eventually("the case is received", WAIT, () -> kinds(reference).contains("received"));
        assertThat(jdbc.sql("SELECT count(*) FROM cme_case WHERE reference = ?").param(reference).query(Long.class).single())
                .as("one case for a notice delivered twice").isEqualTo(1);
        assertThat(notices.find(DemoUser.LEAD.currentUser(), reference).orElseThrow().steps().stream()
                .filter(step -> "enquiry".equals(step.kind())).map(MissingEducationNotices.Step::detail))
                .as("in the order they happened, each once").containsExactly("First enquiry.", "Second enquiry.");
    }

    private static String update(String reference, String id, String kind, String text, String at) {
        return """
                {"contract":"missing-education-update.v1","messageId":"%s-%s","reference":"%s","kind":"%s","text":"%s",
                 "occurredAt":"%s"}""".formatted(id, reference, reference, kind, text, at);
    }

    private List<String> kinds(String reference) {
        // The school's safeguarding lead sees every notice from the school.
        return notices.find(DemoUser.LEAD.currentUser(), reference)
                .map(notice -> notice.steps().stream().map(MissingEducationNotices.Step::kind).toList()).orElse(List.of());
    }

    private static void typeDate(String id, LocalDate date) {
        var boxes = _get(uk.frontdoor.shell.MemorableDate.class, spec -> spec.withId(id));
        Type.into(boxes.day(), String.valueOf(date.getDayOfMonth()));
        Type.into(boxes.month(), String.valueOf(date.getMonthValue()));
        Type.into(boxes.year(), String.valueOf(date.getYear()));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radios(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }
}
