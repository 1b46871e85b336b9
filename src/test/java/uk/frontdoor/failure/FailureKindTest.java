package uk.frontdoor.failure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jms.UncategorizedJmsException;
import uk.frontdoor.messaging.ContractViolation;
import uk.frontdoor.messaging.MessageMismatch;
import uk.frontdoor.messaging.RefusedByExternalSystem;

class FailureKindTest {

    @Test
    void a_full_or_stopped_database_is_transient_whatever_spring_calls_it() {
        assertThat(FailureKind.of(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("could not extend file", "53100")))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("terminating connection due to administrator command", "57P01"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new DataAccessResourceFailureException("no connection")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new RuntimeException(new SQLException("connection refused", "08001"))))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void a_broker_failure_is_transient() {
        assertThat(FailureKind.of(new UncategorizedJmsException(new JMSException("AMQ219010"))))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void a_broken_contract_a_refusal_or_a_mismatch_is_permanent_even_when_wrapped() {
        assertThat(FailureKind.of(new ContractViolation("contact.v1: child required"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.of(new RuntimeException(new RefusedByExternalSystem("422")))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.of(new MessageMismatch("another concern"))).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void anything_else_is_unexpected_a_duplicate_key_included() {
        assertThat(FailureKind.of(new DuplicateKeyException("duplicate"))).isEqualTo(FailureKind.UNEXPECTED);
        assertThat(FailureKind.of(new UncategorizedSQLException("insert", "INSERT", new SQLException("unique", "23505"))))
                .isEqualTo(FailureKind.UNEXPECTED);
        assertThat(FailureKind.of(new IllegalStateException("bug"))).isEqualTo(FailureKind.UNEXPECTED);
        assertThat(FailureKind.of(null)).isEqualTo(FailureKind.UNEXPECTED);
    }
}
