package uk.frontdoor.messaging;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
