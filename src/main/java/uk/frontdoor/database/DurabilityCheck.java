package uk.frontdoor.database;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At start-up, asks the database the portal really uses whether a commit survives a power cut. The embedded
 * PostgreSQL must be durable: the portal refuses to start otherwise, unless {@code frontdoor.database.allow-non-durable}
 * (tests only, never in production) says so. An external PostgreSQL is the council's to run, so a non-durable one gets
 * one warning.
 */
@Component
class DurabilityCheck implements InitializingBean {

    static final String ALLOW_NON_DURABLE = "frontdoor.database.allow-non-durable";
    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

    private final DataSource dataSource;
    private final boolean external;
    private final boolean allowNonDurable;

    DurabilityCheck(DataSource dataSource, @Value("${spring.datasource.url:}") String externalUrl,
            @Value("${" + ALLOW_NON_DURABLE + ":false}") boolean allowNonDurable) {
        this.dataSource = dataSource;
        this.external = !externalUrl.isBlank();
        this.allowNonDurable = allowNonDurable;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        check(Durability.of(dataSource));
    }

    void check(Durability durability) {
        if (durability.durable()) {
            log.info("PostgreSQL keeps every commit through a power cut ({})", durability);
        } else if (external) {
            log.warn("The external PostgreSQL is not durable ({}): a power cut or crash of its server can lose "
                    + "concerns already confirmed to partners", String.join(", ", durability.unsafe()));
        } else if (allowNonDurable) {
            log.warn("The embedded PostgreSQL is not durable ({}), allowed by {} (tests only, never in production)",
                    String.join(", ", durability.unsafe()), ALLOW_NON_DURABLE);
        } else {
            throw new IllegalStateException("The embedded PostgreSQL is not durable (" + String.join(", ", durability.unsafe())
                    + "): a power cut would lose concerns already confirmed to partners. The portal will not start.");
        }
    }
}
