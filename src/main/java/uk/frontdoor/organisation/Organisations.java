package uk.frontdoor.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Looks up the organisation named in a person's token. An unknown organisation gets no access. */
@Component
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Organisation get(String id) {
        return jdbc.sql("SELECT id, name, type, referral_source FROM organisation WHERE id = ?")
                .param(id)
                .query(Organisation.class)
                .optional()
                .orElseThrow(() -> new AccessDeniedException("Unknown organisation"));
    }
}
