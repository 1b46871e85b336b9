package uk.frontdoor.messaging;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import org.springframework.boot.jms.ConnectionFactoryUnwrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.jms.listener.SessionAwareMessageListener;
import uk.frontdoor.liveupdate.LiveUpdateBroadcast;
import uk.frontdoor.liveupdate.LiveUpdateReceiver;

/**
 * Live updates between the portal's instances: each instance sends a changed topic (a reference such as
 * FD-2026-000123, "duty-inbox", a placement's topic; never personal data) to the broker topic {@value #NAME},
 * and each has its own subscription that refreshes its own screens, for topics from any instance, its own too.
 * Non-persistent and non-durable: a refresh missed while an instance is away or the broker restarts is
 * harmless, because every screen reloads what it shows when it attaches. The queues' settings stay as they are.
 */
@Configuration(proxyBeanMethods = false)
class LiveUpdateTopic {

    static final String NAME = "live-updates";

    /**
     * Its own connection: a route's transacted consumer binds its session to the shared connection factory, and
     * a topic sent through that session would wait for the route's transaction, or vanish if it rolled back.
     */
    @Bean(destroyMethod = "destroy")
    LiveUpdateSender liveUpdateSender(ConnectionFactory connectionFactory) {
        return new LiveUpdateSender(new CachingConnectionFactory(ConnectionFactoryUnwrapper.unwrapCaching(connectionFactory)));
    }

    /** One consumer: this instance's non-durable subscription (more would refresh each screen more than once). */
    @Bean
    DefaultMessageListenerContainer liveUpdateSubscription(ConnectionFactory connectionFactory,
            LiveUpdateReceiver screens) {
        DefaultMessageListenerContainer subscription = new DefaultMessageListenerContainer();
        subscription.setConnectionFactory(ConnectionFactoryUnwrapper.unwrapCaching(connectionFactory));
        subscription.setPubSubDomain(true);
        subscription.setDestinationName(NAME);
        subscription.setConcurrency("1");
        subscription.setupMessageListener((SessionAwareMessageListener<Message>) (message, session) ->
                screens.refreshHere(message.getBody(String.class)));
        return subscription;
    }

    /** Sends each topic once, not kept by the broker. */
    static final class LiveUpdateSender implements LiveUpdateBroadcast {

        private final CachingConnectionFactory connections;
        private final JmsTemplate topic;

        LiveUpdateSender(CachingConnectionFactory connections) {
            this.connections = connections;
            this.topic = new JmsTemplate(connections);
            topic.setPubSubDomain(true);
            topic.setDefaultDestinationName(NAME);
            topic.setExplicitQosEnabled(true);
            topic.setDeliveryPersistent(false);
        }

        @Override
        public void send(String changed) {
            topic.convertAndSend(changed);
        }

        void destroy() {
            connections.destroy();
        }
    }
}
