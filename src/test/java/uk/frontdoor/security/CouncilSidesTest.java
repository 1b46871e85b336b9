package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.DutyMessages;
import uk.frontdoor.council.duty.InboxFilter;
import uk.frontdoor.council.duty.matching.ContactHistory;
import uk.frontdoor.council.leavingcare.OfferReviews;
import uk.frontdoor.council.leavingcare.RegistrationChecks;
import uk.frontdoor.partner.fostering.Placements;
import uk.frontdoor.messaging.DeadLetters;
import uk.frontdoor.messaging.RouteFlows;
import uk.frontdoor.council.performance.InspectionExport;
import uk.frontdoor.council.performance.PerformanceInformation;
import uk.frontdoor.council.performance.ReportingPeriod;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Each council side's services open for its role from its own organisation only: the same role signed in for
 * another organisation (a council's own provider gives every organisation's staff the same role names) is refused.
 */
class CouncilSidesTest extends PortalTest {

    @Autowired DutyInbox inbox;
    @Autowired DutyDecisions decisions;
    @Autowired DutyMessages messages;
    @Autowired ContactHistory history;
    @Autowired PerformanceInformation performance;
    @Autowired InspectionExport inspection;
    @Autowired AuditTrail audit;
    @Autowired RegistrationChecks registrations;
    @Autowired OfferReviews offers;
    @Autowired DeadLetters deadLetters;
    @Autowired RouteFlows flows;
    @Autowired Placements placements;

    private static final UUID ANY = UUID.randomUUID();
    private static final ReportingPeriod PERIOD = ReportingPeriod.lastFourWeeks(LocalDate.now());

    /** The demo person's role, signed in for an organisation that is not their side's. */
    private static CurrentUser elsewhere(DemoUser person) {
        return new CurrentUser(person.subject + "-elsewhere", person.name, null, Set.of(Role.valueOf(person.role)),
                "school-springfield");
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_duty_services_roles_from_another_organisation_open_no_contact() {
        for (DemoUser person : new DemoUser[] {DemoUser.DUTY, DemoUser.MANAGER}) {
            CurrentUser stranger = elsewhere(person);
            refused(() -> inbox.list(stranger, InboxFilter.OPEN, null));
            refused(() -> inbox.open(stranger, ANY));
            refused(() -> inbox.workers(stranger));
            refused(() -> decisions.decisionsOn(stranger, ANY));
            refused(() -> messages.messages(stranger, ANY));
            refused(() -> history.earlierContacts(stranger, ANY));
        }
        assertThatCode(() -> inbox.list(DemoUser.DUTY.currentUser(), InboxFilter.OPEN, null)).doesNotThrowAnyException();
    }

    @Test
    void a_duty_managers_role_from_another_organisation_signs_off_nothing_and_sees_no_figures_or_audit() {
        CurrentUser stranger = elsewhere(DemoUser.MANAGER);
        refused(() -> decisions.awaitingSignOff(stranger));
        refused(() -> decisions.review(stranger, ANY, true, null));
        refused(() -> performance.report(stranger, PERIOD));
        refused(() -> inspection.contacts(stranger, PERIOD));
        refused(() -> inspection.referrals(stranger, PERIOD));
        refused(() -> audit.search(stranger, "", "", PERIOD.from(), PERIOD.to()));
        assertThatCode(() -> decisions.awaitingSignOff(DemoUser.MANAGER.currentUser())).doesNotThrowAnyException();
    }

    @Test
    void the_leaving_care_teams_role_from_another_organisation_checks_no_employer() {
        CurrentUser stranger = elsewhere(DemoUser.LEAVING_CARE);
        refused(() -> registrations.waiting(stranger));
        refused(() -> registrations.find(stranger, ANY));
        refused(() -> offers.waiting(stranger));
        refused(() -> offers.published(stranger, null, null, null));
        assertThatCode(() -> offers.waiting(DemoUser.LEAVING_CARE.currentUser())).doesNotThrowAnyException();
    }

    @Test
    void an_operators_role_from_another_organisation_sees_no_message_flows() {
        CurrentUser stranger = elsewhere(DemoUser.OPERATOR);
        refused(() -> deadLetters.waiting(stranger));
        refused(() -> deadLetters.parked(stranger));
        refused(() -> deadLetters.replayAll(stranger));
        refused(() -> flows.all(stranger));
        assertThatCode(() -> flows.all(DemoUser.OPERATOR.currentUser())).doesNotThrowAnyException();
    }

    @Test
    void a_foster_carers_role_from_another_organisation_sees_no_placement() {
        refused(() -> placements.forCarer(elsewhere(DemoUser.CARER)));
        assertThatCode(() -> placements.forCarer(DemoUser.CARER.currentUser())).doesNotThrowAnyException();
    }

    @Test
    void a_role_of_another_side_from_the_right_organisation_is_refused_too() {
        CurrentUser operatorAtChad = new CurrentUser("op", "Op", null, Set.of(Role.OPERATOR), "chad");
        refused(() -> inbox.list(operatorAtChad, InboxFilter.OPEN, null));
        refused(() -> flows.all(operatorAtChad));
    }
}
