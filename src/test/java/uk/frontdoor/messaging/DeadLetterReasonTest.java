package uk.frontdoor.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** A parked message carries the reason it was first parked for, stamped once however many handlers park it. */
class DeadLetterReasonTest {

    private final DeadLetterReason reason = new DeadLetterReason();

    @Test
    void a_message_parked_by_two_handlers_keeps_the_first_reason() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new ContractViolation("contact.v1: $.child required"));

        reason.process(exchange);
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("a second handler"));
        reason.process(exchange);

        assertThat(DeadLetterReason.parked(exchange)).isTrue();
        assertThat(exchange.getMessage().getHeader(DeadLetterReason.REASON, String.class))
                .startsWith("ContractViolation: contact.v1");
    }
}
