package uk.frontdoor.outbound;

import java.security.NoSuchAlgorithmException;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The TLS that verifies the council's servers: the JDK's trusted authorities, or a Spring SSL bundle when the
 * council runs its own certificate authority (frontdoor.outbound.ssl-bundle). Server names are always checked.
 */
@Configuration(proxyBeanMethods = false)
class OutboundTls {

    @Bean
    SSLContext outboundSslContext(OutboundSettings settings, SslBundles bundles) throws NoSuchAlgorithmException {
        return settings.sslBundle().isBlank() ? SSLContext.getDefault()
                : bundles.getBundle(settings.sslBundle()).createSslContext();
    }

    /** Jakarta Mail settings for the secure-email route's smtps endpoint (additionalJavaMailProperties=#secureEmailTls). */
    @Bean
    Properties secureEmailTls(SSLContext outboundSslContext) {
        Properties properties = new Properties();
        properties.put("mail.smtps.ssl.socketFactory", outboundSslContext.getSocketFactory());
        properties.put("mail.smtps.ssl.checkserveridentity", "true");
        return properties;
    }
}
