package uk.frontdoor.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.testsupport.Concerns.eventually;
import static uk.frontdoor.testsupport.PlantedChild.ADDRESS;
import static uk.frontdoor.testsupport.PlantedChild.EMAIL;
import static uk.frontdoor.testsupport.PlantedChild.FIRST_NAME;
import static uk.frontdoor.testsupport.PlantedChild.LAST_NAME;
import static uk.frontdoor.testsupport.PlantedChild.NHS_NUMBER;
import static uk.frontdoor.testsupport.PlantedChild.PHONE;

import jakarta.jms.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.testsupport.Concerns;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.PlantedChild;
import uk.frontdoor.testsupport.PortalTest;

/**
 * Distinctive planted details of a child (name, address, NHS number, an email and a phone number in the account of
 * what happened) are sent through the failure paths: the relay unable to hand a message on (as with the broker
 * down), the duty side's database full and then refusing the row as a duplicate and as bad data (quoting it, as
 * PostgreSQL does in "Detail:" and in its message), and malformed messages that carry the values, even as field
 * names. Not one planted value may appear in any log line or dead-letter reason.
 */
@ExtendWith(OutputCaptureExtension.class)
class CanaryTest extends PortalTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Autowired ConcernDrafts drafts;
    @Autowired ConcernService concerns;
    @Autowired JdbcClient jdbc;
    @Autowired JmsTemplate jms;
    @Autowired CamelContext camel;
    @Autowired uk.frontdoor.messaging.DeadLetters deadLetters;

    @Test
    void no_planted_value_reaches_a_log_line_or_a_dead_letter_reason(CapturedOutput output) throws Exception {
        List<String> reasons = new ArrayList<>();

        // The relay cannot hand the concern on (as when the broker is down): its MessagingException holds the message.
        camel.getRouteController().stopRoute("deliver-to-council");
        String reference = Concerns.raise(drafts, concerns, DemoUser.TEACHER, PlantedChild.concern(""));
        // Camel's direct endpoint waits 30 s for a consumer before each failure; its error handler's line comes first
        // (the relay's own line only after five such tries, minutes later, so it is not waited for here).
        eventually("the relay's route logs its failure", Duration.ofSeconds(90),
                () -> output.getOut().contains("Exhausted after delivery attempt"));

        // The duty side's database is full, its error quoting the child.
        refuseContacts("'could not extend file for %', NEW.child_name USING ERRCODE = '53100', "
                + "DETAIL = NEW.contact::text");
        camel.getRouteController().startRoute("deliver-to-council");
        eventually("the consumer logs its retries", WAIT, () -> output.getOut().contains("the message is kept and tried again"));

        // Then it refuses the row as a duplicate, quoting the key as PostgreSQL does: a few tries, then parked.
        refuseContacts("'duplicate key value violates unique constraint \"duty_contact_child\" (%)', NEW.child_name "
                + "USING ERRCODE = '23505', DETAIL = 'Key (child_name, address)=(' || NEW.child_name || ', "
                + ADDRESS + ") already exists.', HINT = NEW.contact::text");
        reasons.add(reasonFor(reference, "contact-intake"));

        // Malformed messages carrying the values, in values and as field names.
        jdbc.sql("DROP TRIGGER IF EXISTS canary_refuses ON duty_contact").update();
        for (String malformed : List.of(
                "{\"schema\":\"contact.v1\",\"child\":{\"firstName\":\"" + FIRST_NAME + "\",\"" + LAST_NAME + "\":\""
                        + NHS_NUMBER + "\"},\"" + EMAIL + "\":\"" + PHONE + "\"}",
                "not json " + FIRST_NAME + " " + ADDRESS + " " + EMAIL + " " + PHONE)) {
            String marker = UUID.randomUUID().toString();
            jms.convertAndSend("duty.contacts", malformed, message -> {
                message.setStringProperty("testMarker", marker);
                return message;
            });
            reasons.add(parkedReason("testMarker = '" + marker + "'"));
        }

        String logs = output.getAll();
        assertThat(reasons).allSatisfy(reason -> assertThat(reason).isNotBlank());
        PlantedChild.assertNoneIn("the log", logs);
        PlantedChild.assertNoneIn("the dead-letter reasons", reasons);
        // And the failures were still described: by type, SQLSTATE and code location.
        assertThat(logs).contains("SQLSTATE 53100", "parked in the dead-letter queue");
        assertThat(reasons.getFirst()).contains("SQLSTATE 23505");
    }

    /**
     * Heals as an operator would: the duty side takes contacts again and what was parked is replayed, so the planted
     * concern reaches the inbox and the tests after this one share a portal with nothing left behind.
     */
    @AfterEach
    void heal() throws Exception {
        jdbc.sql("DROP TRIGGER IF EXISTS canary_refuses ON duty_contact").update();
        camel.getRouteController().startRoute("deliver-to-council");
        deadLetters.replayAll(DemoUser.OPERATOR.currentUser());
        eventually("the replayed concern reaches the duty inbox", WAIT, () -> jdbc.sql("SELECT count(*) FROM concern c "
                + "WHERE NOT EXISTS (SELECT 1 FROM duty_contact d WHERE d.reference = c.reference)")
                .query(Long.class).single() == 0);
    }

    private void refuseContacts(String raise) {
        jdbc.sql("CREATE OR REPLACE FUNCTION canary_refuses() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION " + raise + "; END $$").update();
        jdbc.sql("CREATE OR REPLACE TRIGGER canary_refuses BEFORE INSERT ON duty_contact FOR EACH ROW "
                + "EXECUTE FUNCTION canary_refuses()").update();
    }

    private String reasonFor(String reference, String route) {
        return parkedReason("FrontDoorFailedRoute = '" + route + "'" , reference);
    }

    private String parkedReason(String selector) {
        return parkedReason(selector, null);
    }

    /** The reason of a parked message found by selector (and, when given, a reference its body holds). */
    private String parkedReason(String selector, String bodyHolds) {
        String[] reason = new String[1];
        eventually("the message is parked", WAIT, () -> {
            reason[0] = jms.browseSelected("dead-letters", selector, (session, browser) -> {
                for (Object each : Collections.list(browser.getEnumeration())) {
                    Message message = (Message) each;
                    if (bodyHolds == null || message.getBody(String.class).contains(bodyHolds)) {
                        return message.getStringProperty("FrontDoorFailureReason");
                    }
                }
                return null;
            });
            return reason[0] != null;
        });
        return reason[0];
    }
}
