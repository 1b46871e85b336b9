package uk.frontdoor.security;

import uk.frontdoor.testsupport.Views;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.ConcernSummary;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/** Least privilege: each role and organisation sees what it needs and nothing else, in views and services. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoSeesWhatTest extends UiTest {

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyInbox inbox;
    @Autowired JdbcClient jdbc;
    @Autowired uk.frontdoor.audit.AuditTrail audit;

    String springfieldConcern;
    String hanleyConcern;

    @BeforeAll
    void twoSchoolsRaiseConcerns() {
        springfieldConcern = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Dana", "Springfield"));
        hanleyConcern = Concerns.raise(drafts, concerns, DemoUser.TEACHER_AT_ANOTHER_SCHOOL, Answers.complete("Eli", "Hanley"));
    }

    @Test
    void a_teacher_cannot_open_the_duty_inbox() {
        signInAs(DemoUser.TEACHER);
        assertRefused(() -> UI.getCurrent().navigate(Views.named("DutyInboxView")));
        assertThatThrownBy(() -> inbox.newestFirst(DemoUser.TEACHER.currentUser()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_duty_social_worker_opens_the_duty_inbox_but_cannot_raise_concerns() {
        signInAs(DemoUser.DUTY);
        UI.getCurrent().navigate(Views.named("DutyInboxView"));
        assertThat(_get(H1.class).getText()).isEqualTo("Duty inbox");
        assertRefused(() -> UI.getCurrent().navigate(Views.named("RaiseConcernView")));
        assertThatThrownBy(() -> concerns.visibleTo(DemoUser.DUTY.currentUser()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_employer_sees_no_concerns_at_all() {
        signInAs(DemoUser.EMPLOYER);
        assertRefused(() -> UI.getCurrent().navigate(Views.named("MyConcernsView")));
        assertThatThrownBy(() -> concerns.visibleTo(DemoUser.EMPLOYER.currentUser()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_teacher_cannot_open_another_schools_concern() {
        signInAs(DemoUser.TEACHER);
        Views.open("ConcernTimelineView", hanleyConcern);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(concerns.find(DemoUser.TEACHER.currentUser(), hanleyConcern)).isEmpty();
        assertThat(references(concerns.visibleTo(DemoUser.TEACHER.currentUser())))
                .contains(springfieldConcern).doesNotContain(hanleyConcern);
    }

    @Test
    void a_safeguarding_lead_sees_every_concern_from_their_school_and_none_from_another() {
        signInAs(DemoUser.LEAD);
        Views.open("ConcernTimelineView", springfieldConcern);
        assertThat(_get(H1.class).getText()).isEqualTo("Concern " + springfieldConcern);
        assertThat(references(concerns.visibleTo(DemoUser.LEAD.currentUser())))
                .contains(springfieldConcern).doesNotContain(hanleyConcern);
        Views.open("ConcernTimelineView", hanleyConcern);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void every_view_of_a_concern_is_audited_with_who_and_what() {
        long before = audits(springfieldConcern, "lead");
        signInAs(DemoUser.LEAD);
        Views.open("ConcernTimelineView", springfieldConcern);
        assertThat(audits(springfieldConcern, "lead")).isEqualTo(before + 1);
    }

    @Test
    void the_audit_record_cannot_be_changed_or_deleted() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void a_duty_manager_searches_the_audit_record_and_nobody_else_can() {
        signInAs(DemoUser.LEAD);
        Views.open("ConcernTimelineView", springfieldConcern);
        var found = audit.search(DemoUser.MANAGER.currentUser(), springfieldConcern, "lead",
                java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now().plusDays(1));
        // the concern opened, or a list that showed it (a list's entry names every reference it showed)
        assertThat(found).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.subject().equals(springfieldConcern)
                    || List.of(String.valueOf(entry.shown()).split(" ")).contains(springfieldConcern)).isTrue();
            assertThat(entry.actor()).isEqualTo("lead");
        });
        assertThat(found).extracting(uk.frontdoor.audit.AuditEntry::action).contains("CONCERN_VIEWED");

        signInAs(DemoUser.MANAGER);
        UI.getCurrent().navigate(Views.named("AuditSearchView"));
        assertThat(_get(H1.class).getText()).isEqualTo("Audit record");
        for (DemoUser notManager : List.of(DemoUser.DUTY, DemoUser.LEAD)) {
            assertThatThrownBy(() -> audit.search(notManager.currentUser(), "", "", java.time.LocalDate.now(),
                    java.time.LocalDate.now())).isInstanceOf(AccessDeniedException.class);
            signInAs(notManager);
            assertRefused(() -> UI.getCurrent().navigate(Views.named("AuditSearchView")));
        }
    }

    private long audits(String reference, String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CONCERN_VIEWED' AND subject = ? AND actor = ?")
                .params(reference, actor).query(Long.class).single();
    }

    private static List<String> references(List<ConcernSummary> summaries) {
        return summaries.stream().map(ConcernSummary::reference).toList();
    }
}
