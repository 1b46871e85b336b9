package uk.frontdoor.messaging;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code jms:} component every route in integration-routes/ uses, on the portal's one connection factory. */
@Configuration(proxyBeanMethods = false)
class RouteJms {

    /**
     * A transacted consumer keeps its session and its broker consumer from one message to the next. Left to itself,
     * Spring's listener container caches nothing once a transaction manager is set: it opened and closed a consumer
     * on the broker for every message, and the broker sent each closed consumer's prefetched messages back to the
     * queue, which cost more CPU than the work itself (measured with the relay benchmark and JFR).
     */
    @Bean("jms")
    JmsComponent jms(ConnectionFactory connectionFactory) {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        jms.setCacheLevelName("CACHE_CONSUMER");
        return jms;
    }
}
