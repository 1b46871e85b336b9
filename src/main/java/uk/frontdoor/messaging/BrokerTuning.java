package uk.frontdoor.messaging;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

/** Settings for the embedded Artemis broker (ignored when an external broker is configured). */
@Configuration(proxyBeanMethods = false)
class BrokerTuning {

    static {
        // Netty 4.2 on JDK 24+ turns off its Unsafe-based cleaner by default, and its JDK 25 cleaner cannot free
        // the direct buffers Artemis's NIO journal allocates itself: the broker then fails to load its journal.
        if (System.getProperty("io.netty.noUnsafe") == null) {
            System.setProperty("io.netty.noUnsafe", "false");
        }
    }

    /** The default NIO buffer timeout caps one durable sender near 300 msg/s on an ordinary disk (measured here). */
    static final int JOURNAL_BUFFER_TIMEOUT_NANOS = 200_000;

    @Bean
    ArtemisConfigurationCustomizer journalAndRedelivery() {
        return configuration -> {
            configuration.setJournalBufferTimeout_NIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            configuration.setJournalBufferTimeout_AIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            // The routes handle retries and park failures with a reason; the broker's own redelivery is the
            // last resort when even parking fails, and then a message ends in its dead-letter address.
            configuration.addAddressSetting("#", new AddressSettings()
                    .setRedeliveryDelay(1_000)
                    .setRedeliveryMultiplier(2)
                    .setMaxRedeliveryDelay(60_000)
                    .setMaxDeliveryAttempts(20)
                    .setDeadLetterAddress(SimpleString.of(Queues.DEAD_LETTERS))
                    .setExpiryAddress(SimpleString.of(Queues.DEAD_LETTERS))
                    .setAutoCreateQueues(true)
                    .setAutoCreateAddresses(true));
        };
    }

    /** How long a failed connection attempt waits before it gives up or tries again (Artemis's default is 2 s). */
    static final long CONNECT_RETRY_INTERVAL_MILLIS = 100;

    /**
     * While the broker is down every listener container keeps trying to connect, and each attempt waits Artemis's
     * retry interval; a stop waits for the attempts in hand, one container after another, so a stop with the broker
     * down took 10 to 14 s. A short interval keeps that stop under its 10 s and brings the consumers back sooner.
     */
    @Bean
    static BeanPostProcessor brokerConnectionRetry() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                Object target = bean instanceof CachingConnectionFactory caching
                        ? caching.getTargetConnectionFactory() : bean;
                if (target instanceof ActiveMQConnectionFactory artemis) {
                    artemis.setRetryInterval(CONNECT_RETRY_INTERVAL_MILLIS);
                }
                return bean;
            }
        };
    }
}
