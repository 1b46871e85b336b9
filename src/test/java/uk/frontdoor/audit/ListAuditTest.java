package uk.frontdoor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.ConcernSummary;
import uk.frontdoor.council.duty.DutyContact;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.InboxFilter;
import uk.frontdoor.partner.fostering.Placement;
import uk.frontdoor.partner.fostering.Placements;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Every list that names children is one audit entry per load, with each reference it showed; the audit record
 * cannot be emptied; a partner API request's audit entry says where it came from.
 */
class ListAuditTest extends PortalTest {

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired DutyInbox inbox;
    @Autowired DutyDecisions decisions;
    @Autowired Placements placements;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void the_duty_inbox_is_audited_with_every_reference_it_showed() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Ottilie", "Listed"));
        Concerns.awaitContact(jdbc, reference);

        List<DutyContact> shown = inbox.list(DemoUser.DUTY.currentUser(), InboxFilter.OPEN, null);

        assertThat(lastShown(DemoUser.DUTY, "DUTY_INBOX_VIEWED"))
                .isEqualTo(String.join(" ", shown.stream().map(DutyContact::reference).toList()))
                .contains(reference);
    }

    @Test
    void a_safeguarding_leads_list_of_the_schools_concerns_is_audited() {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Peregrine", "Lead"));

        List<ConcernSummary> shown = concerns.visibleTo(DemoUser.LEAD.currentUser());

        assertThat(lastShown(DemoUser.LEAD, "CONCERNS_LISTED")).contains(reference)
                .isEqualTo(String.join(" ", shown.stream().map(ConcernSummary::reference).toList()));
    }

    @Test
    void a_carers_placements_list_is_audited() {
        List<Placement> shown = placements.forCarer(DemoUser.CARER.currentUser());

        assertThat(shown).isNotEmpty();
        assertThat(lastShown(DemoUser.CARER, "PLACEMENTS_LISTED"))
                .isEqualTo(String.join(" ", shown.stream().map(Placement::reference).toList()));
    }

    @Test
    void the_sign_off_queue_is_audited_even_when_empty() {
        decisions.awaitingSignOff(DemoUser.MANAGER.currentUser());

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_OFF_QUEUE_VIEWED'")
                .param(DemoUser.MANAGER.subject).query(Long.class).single()).isPositive();
    }

    @Test
    void the_audit_record_cannot_be_truncated() {
        decisions.awaitingSignOff(DemoUser.MANAGER.currentUser());
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .hasStackTraceContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isPositive();
    }

    @Test
    void a_partner_api_request_records_where_it_came_from() throws Exception {
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete("Quentin", "Api"));
        PartnerApiClient api = new PartnerApiClient(port);
        HttpResponse<String> response = api.get(api.token("springfield-safeguarding-system", "springfield-secret"),
                "/api/v1/concerns/" + reference);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT from_address FROM audit_event WHERE action = 'CONCERN_VIEWED' AND subject = ? "
                        + "AND actor = 'springfield-safeguarding-system' ORDER BY id DESC LIMIT 1")
                .param(reference).query(String.class).single()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    private String lastShown(DemoUser who, String action) {
        return jdbc.sql("SELECT shown FROM audit_event WHERE actor = ? AND action = ? ORDER BY id DESC LIMIT 1")
                .params(who.subject, action).query(String.class).single();
    }
}
