package uk.frontdoor.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The test certificate for loopback servers (src/test/resources/tls: CN=localhost, 127.0.0.1; made with keytool,
 * test-only). The portal trusts it through the Spring SSL bundle "loopback", as a council would trust its own CA.
 */
final class Loopback {

    static final String PASSWORD = "loopback-only";
    static final String SERVER_KEYSTORE = "tls/loopback-server.p12";

    private Loopback() {
    }

    static SSLContext serverTls() {
        try (InputStream keys = Loopback.class.getClassLoader().getResourceAsStream(SERVER_KEYSTORE)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(keys, PASSWORD.toCharArray());
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(store, PASSWORD.toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(managers.getKeyManagers(), null, null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
