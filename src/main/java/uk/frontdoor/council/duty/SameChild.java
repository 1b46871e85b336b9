package uk.frontdoor.council.duty;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which contacts are about the same child. THE SIMPLE RULE, for now: the same NHS number when the referrer gave
 * one, otherwise the same lower-cased first name, last name and date of birth from the contact; a child with
 * neither (an approximate age and no NHS number) is matched to nobody. Better child matching is being built
 * separately: it replaces {@link #key} and {@link #recontacts} here, and the dashboard and the Annex A lists
 * follow. In duty, beside the contacts it reads; performance has it through {@link ContactFigures}.
 */
@Component
public class SameChild {

    private final JdbcClient jdbc;

    SameChild(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * SQL for the child a {@code duty_contact} row (by its alias) is about, as a text key: {@code nhs:...},
     * {@code name:[...]} or, when the child cannot be matched, {@code contact:<reference>}. Pseudonymised before
     * it leaves the portal (performance's InspectionExport).
     */
    public static String key(String alias) {
        String child = alias + ".contact->'child'";
        return "(CASE WHEN " + child + "->>'nhsNumber' IS NOT NULL THEN 'nhs:' || (" + child + "->>'nhsNumber')"
                + " WHEN " + child + "->>'dateOfBirth' IS NOT NULL THEN 'name:' || jsonb_build_array("
                + "lower(btrim(" + child + "->>'firstName')), lower(btrim(" + child + "->>'lastName')), "
                + child + "->>'dateOfBirth')::text"
                + " ELSE 'contact:' || " + alias + ".reference END)";
    }

    /**
     * Re-contacts: contacts received in the period about a child who had an earlier contact in the 12 months
     * before. The simple rule (see the class); one query, so the better matching can replace it in one place.
     */
    long recontacts(Instant lookBack, Instant start, Instant end) {
        return jdbc.sql("SELECT count(*) FROM ("
                        + " SELECT c.received_at, lag(c.received_at) OVER (PARTITION BY " + key("c")
                        + " ORDER BY c.received_at, c.id) AS previous"
                        + " FROM duty_contact c WHERE c.kind = 'concern' AND c.received_at >= :lookBack AND c.received_at < :end) contacts"
                        + " WHERE received_at >= :start AND previous >= received_at - INTERVAL '12 months'")
                .param("lookBack", Timestamp.from(lookBack))
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query(Long.class).single();
    }
}
