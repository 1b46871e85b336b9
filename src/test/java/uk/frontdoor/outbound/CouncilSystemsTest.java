package uk.frontdoor.outbound;

import uk.frontdoor.testsupport.Views;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;

import com.vaadin.flow.component.UI;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.messaging.DeadLetters;
import uk.frontdoor.testsupport.Actuator;
import uk.frontdoor.testsupport.Answers;
import uk.frontdoor.testsupport.PlantedChild;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.LoopbackMailServer;
import uk.frontdoor.testsupport.PartnerApiClient;
import uk.frontdoor.testsupport.UiTest;

/**
 * The portal configured as a council without the in-app duty side: contacts go to a case-management system over
 * HTTPS, referrers' messages to a duty mailbox by SMTP over TLS. Both are real servers on loopback that go down
 * and come back; nothing is lost and nothing arrives twice. Its own JVM: a second portal with other settings.
 */
@Tag("own-jvm")
@ExtendWith(OutputCaptureExtension.class)
class CouncilSystemsTest extends UiTest {

    private static final LoopbackCaseManagement CASE_MANAGEMENT = new LoopbackCaseManagement();
    private static final LoopbackMailServer DUTY_MAILBOX = LoopbackDutyMailbox.start();

    @DynamicPropertySource
    static void councilSystems(DynamicPropertyRegistry registry) {
        CASE_MANAGEMENT.up();
        registry.add("frontdoor.outbound.contacts", () -> "case-management");
        registry.add("frontdoor.outbound.messages", () -> "secure-email");
        registry.add("frontdoor.outbound.ssl-bundle", () -> "loopback");
        registry.add("spring.ssl.bundle.jks.loopback.truststore.location", () -> "classpath:tls/loopback-trust.p12");
        registry.add("spring.ssl.bundle.jks.loopback.truststore.type", () -> "PKCS12");
        registry.add("spring.ssl.bundle.jks.loopback.truststore.password", () -> Loopback.PASSWORD);
        registry.add("frontdoor.outbound.case-management.url", CASE_MANAGEMENT::url);
        registry.add("frontdoor.outbound.case-management.token-uri", () -> CASE_MANAGEMENT.url() + "/oauth2/token");
        registry.add("frontdoor.outbound.case-management.client-id", () -> LoopbackCaseManagement.CLIENT_ID);
        registry.add("frontdoor.outbound.case-management.client-secret", () -> LoopbackCaseManagement.CLIENT_SECRET);
        registry.add("frontdoor.outbound.secure-email.uri", DUTY_MAILBOX::address);
        registry.add("frontdoor.outbound.secure-email.to", () -> LoopbackDutyMailbox.ADDRESS);
    }

    @AfterAll
    static void stopServers() {
        CASE_MANAGEMENT.down();
        DUTY_MAILBOX.down();
    }

    @Autowired
    ConcernDrafts drafts;
    @Autowired
    ConcernService concerns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    JsonMapper json;
    @LocalServerPort
    int port;

    @Test
    void a_concern_goes_to_the_case_management_system_once_and_the_referrer_sees_its_reference() throws Exception {
        String reference = raise("Asha", "Cms");

        LoopbackCaseManagement.Received taken = eventuallyTaken(reference);
        JsonNode contact = json.readTree(taken.body());
        assertThat(taken.path()).isEqualTo("/contacts");
        assertThat(taken.status()).isEqualTo(201);
        assertThat(taken.authorization()).startsWith("Bearer token-");
        assertThat(contact.get("contract").asString()).isEqualTo("contact.v1");
        assertThat(taken.idempotencyKey()).isEqualTo(contact.get("messageId").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM duty_contact WHERE reference = ?").param(reference)
                .query(Integer.class).single()).as("not in the in-app duty inbox").isZero();

        String cmsReference = eventuallyRecorded(reference);
        signInAs(DemoUser.TEACHER);
        Views.open("ConcernTimelineView", reference);
        assertThat(pageText()).contains("ChAD's case reference: " + cmsReference);

        PartnerApiClient school = new PartnerApiClient(port);
        JsonNode status = json.readTree(school.get(school.token("springfield-safeguarding-system", "springfield-secret"),
                "/api/v1/concerns/" + reference).body());
        assertThat(status.get("caseReference").asString()).as("the school's own system sees it too").isEqualTo(cmsReference);
    }

    @Test
    void while_the_case_management_system_is_down_contacts_wait_and_each_arrives_once_when_it_returns()
            throws Exception {
        long parkedBefore = parkedFrom("case-management-adapter");
        CASE_MANAGEMENT.down();
        List<String> references;
        try {
            references = List.of(raise("Ben", "Outage"), raise("Cal", "Outage"), raise("Dee", "Outage"));
            eventually("the portal sees the system is down", Duration.ofSeconds(20),
                    () -> Actuator.health(port).contains(Actuator.component("caseManagement", "DOWN")));
            Thread.sleep(1_000);
            assertThat(references).allSatisfy(reference ->
                    assertThat(delivered(reference)).as("nothing delivered while it is down").isZero());
            assertThat(parkedFrom("case-management-adapter")).as("nothing parked in an outage").isEqualTo(parkedBefore);
        } finally {
            CASE_MANAGEMENT.up();
        }
        references.forEach(reference -> eventuallyRecorded(reference));
        Map<String, Long> taken = CASE_MANAGEMENT.received().stream().filter(each -> each.status() / 100 == 2)
                .collect(Collectors.groupingBy(each -> json.readTree(each.body()).get("reference").asString(),
                        Collectors.counting()));
        assertThat(references).allSatisfy(reference -> assertThat(taken.get(reference)).isEqualTo(1L));
        eventually("the system shows as up again", Duration.ofSeconds(10),
                () -> Actuator.health(port).contains(Actuator.component("caseManagement", "UP")));
    }

    @Test
    void a_contact_the_system_refuses_is_parked_at_once_with_the_status_and_not_sent_again(CapturedOutput output) {
        long parkedBefore = parkedFrom("case-management-adapter");
        CASE_MANAGEMENT.refuseNextWith(422);
        String reference = raise(PlantedChild.FIRST_NAME, PlantedChild.LAST_NAME);

        eventually("it is parked", Duration.ofSeconds(20), () -> parkedFrom("case-management-adapter") == parkedBefore + 1);
        assertThat(deadLetters.parked(DemoUser.OPERATOR.currentUser())).filteredOn(parked ->
                "case-management-adapter".equals(parked.route())).last().satisfies(parked ->
                assertThat(parked.reason()).contains("refused", "HTTP 422")
                        .doesNotContain(PlantedChild.FIRST_NAME, PlantedChild.LAST_NAME));
        // the system's answer quoted the contact back; none of it is logged
        PlantedChild.assertNoneIn("the log of a refusal", output.getAll());
        assertThat(CASE_MANAGEMENT.received()).filteredOn(each -> each.body().contains(reference)).hasSize(1);
        assertThat(delivered(reference)).isZero();
    }

    @Test
    void a_token_the_system_no_longer_accepts_is_replaced_and_the_contact_still_arrives() {
        raise("Fay", "Token");
        eventually("a token was issued", Duration.ofSeconds(20), () -> CASE_MANAGEMENT.tokensIssued() > 0);
        int tokensBefore = CASE_MANAGEMENT.tokensIssued();
        CASE_MANAGEMENT.forgetTokens();

        String reference = raise("Gus", "Token");

        eventuallyRecorded(reference);
        assertThat(CASE_MANAGEMENT.tokensIssued()).isGreaterThan(tokensBefore);
    }

    @Test
    void a_referrers_message_goes_to_the_duty_mailbox_over_tls_with_the_reference_alone_in_the_subject() throws Exception {
        String reference = raise("Hana", "Mailbox");
        int before = DUTY_MAILBOX.received().size();

        assertThat(concerns.sendMessage(DemoUser.TEACHER.currentUser(), reference, "Hana said more at lunch today."))
                .isEmpty();

        eventually("the email arrives", Duration.ofSeconds(20), () -> DUTY_MAILBOX.received().size() == before + 1);
        MimeMessage email = DUTY_MAILBOX.received().getLast();
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo(LoopbackDutyMailbox.ADDRESS);
        assertThat(email.getSubject()).isEqualTo("Message from the referrer on " + reference);
        assertThat(email.getContent().toString()).contains("Text: Hana said more at lunch today.", "Reference: " + reference);
        assertThat(email.getHeader("Message-ID")[0]).startsWith("<msg-").endsWith("@frontdoor>");
    }

    @Test
    void while_the_mail_server_is_down_messages_wait_and_are_sent_once_when_it_returns() throws Exception {
        String reference = raise("Ivy", "Mailbox");
        long parkedBefore = parkedFrom("secure-email-adapter");
        int before = DUTY_MAILBOX.received().size();
        DUTY_MAILBOX.down();
        try {
            concerns.sendMessage(DemoUser.TEACHER.currentUser(), reference, "First");
            concerns.sendMessage(DemoUser.TEACHER.currentUser(), reference, "Second");
            eventually("the portal sees the mail server is down", Duration.ofSeconds(20),
                    () -> Actuator.health(port).contains(Actuator.component("secureEmail", "DOWN")));
        } finally {
            DUTY_MAILBOX.up();
        }
        eventually("both emails arrive", Duration.ofSeconds(20), () -> DUTY_MAILBOX.received().size() == before + 2);
        Thread.sleep(1_000);
        Map<String, Long> byId = DUTY_MAILBOX.received().stream().collect(Collectors.groupingBy(
                email -> header(email, "Message-ID"), Collectors.counting()));
        assertThat(byId.values()).as("each message once").containsOnly(1L);
        assertThat(parkedFrom("secure-email-adapter")).isEqualTo(parkedBefore);
    }

    private String raise(String firstName, String lastName) {
        return Concerns.raise(drafts, concerns, DemoUser.TEACHER, Answers.complete(firstName, lastName));
    }

    private LoopbackCaseManagement.Received eventuallyTaken(String reference) {
        eventually("the system takes " + reference, Duration.ofSeconds(20),
                () -> CASE_MANAGEMENT.received().stream().anyMatch(each -> each.body().contains(reference)));
        return CASE_MANAGEMENT.received().stream().filter(each -> each.body().contains(reference)).findFirst()
                .orElseThrow();
    }

    private String eventuallyRecorded(String reference) {
        ExternalDeliveries deliveries = context.getBean(ExternalDeliveries.class);
        eventually("the system's reference is recorded for " + reference, Duration.ofSeconds(30),
                () -> deliveries.externalReference(reference).isPresent());
        return deliveries.externalReference(reference).orElseThrow();
    }

    private int delivered(String reference) {
        return jdbc.sql("SELECT count(*) FROM external_delivery WHERE reference = ?").param(reference)
                .query(Integer.class).single();
    }

    private long parkedFrom(String route) {
        return deadLetters.parked(DemoUser.OPERATOR.currentUser()).stream()
                .filter(parked -> route.equals(parked.route())).count();
    }


    private static String header(MimeMessage email, String name) {
        try {
            return email.getHeader(name)[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
