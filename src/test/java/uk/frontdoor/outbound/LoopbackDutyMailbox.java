package uk.frontdoor.outbound;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.net.URISyntaxException;
import uk.frontdoor.testsupport.LoopbackMailServer;

/**
 * A duty mailbox behind a real SMTP server over TLS (smtps) on loopback, with the test certificate, so the portal
 * checks it as it would a council's.
 */
final class LoopbackDutyMailbox {

    static final String ADDRESS = "chad.duty@council.example";

    private LoopbackDutyMailbox() {
    }

    static LoopbackMailServer start() {
        try {
            // GreenMail reads its TLS key once per JVM; this test runs in its own JVM.
            System.setProperty("greenmail.tls.keystore.file", new File(LoopbackDutyMailbox.class.getClassLoader()
                    .getResource(Loopback.SERVER_KEYSTORE).toURI()).getAbsolutePath());
            System.setProperty("greenmail.tls.keystore.password", Loopback.PASSWORD);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        LoopbackMailServer mailbox = new LoopbackMailServer(ServerSetup.PROTOCOL_SMTPS);
        mailbox.up();
        return mailbox;
    }
}
