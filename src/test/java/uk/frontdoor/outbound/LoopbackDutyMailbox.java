package uk.frontdoor.outbound;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.frontdoor.testsupport.FreePort;

/**
 * A duty mailbox behind a real SMTP server over TLS (GreenMail, smtps) on loopback, with the test certificate, so
 * the portal checks it as it would a council's. It can go down and come back on the same port, keeping what it got.
 */
final class LoopbackDutyMailbox {

    static final String ADDRESS = "chad.duty@council.example";

    private final int port = FreePort.any();
    private final List<MimeMessage> before = new ArrayList<>();
    private GreenMail server;

    LoopbackDutyMailbox() {
        try {
            // GreenMail reads its TLS key once per JVM; this test runs in its own JVM.
            System.setProperty("greenmail.tls.keystore.file", new File(getClass().getClassLoader()
                    .getResource(Loopback.SERVER_KEYSTORE).toURI()).getAbsolutePath());
            System.setProperty("greenmail.tls.keystore.password", Loopback.PASSWORD);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String uri() {
        return "smtps://127.0.0.1:" + port;
    }

    synchronized void up() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        server.start();
    }

    synchronized void down() {
        before.addAll(Arrays.asList(server.getReceivedMessages()));
        server.stop();
    }

    synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(before);
        all.addAll(Arrays.asList(server.getReceivedMessages()));
        return all;
    }
}
