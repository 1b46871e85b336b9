package uk.frontdoor.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real mail server on loopback (GreenMail) that can go down and come back on the same port, keeping what it
 * received before, so a test can show mail waits through an outage and arrives once.
 */
public final class LoopbackMailServer {

    private final int port = FreePort.any();
    private final String protocol;
    private final List<MimeMessage> beforeRestarts = new ArrayList<>();
    private GreenMail server;

    /** @param protocol {@link ServerSetup#PROTOCOL_SMTP} or {@link ServerSetup#PROTOCOL_SMTPS} */
    public LoopbackMailServer(String protocol) {
        this.protocol = protocol;
    }

    /** protocol://127.0.0.1:port, for a Camel mail URI. */
    public String address() {
        return protocol + "://127.0.0.1:" + port;
    }

    public synchronized void up() {
        // GreenMail's own 2 s to start is too short for TLS on a busy 2-core machine (seen in CI-like runs).
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
        setup.setServerStartupTimeout(30_000);
        server = new GreenMail(setup);
        server.start();
    }

    public synchronized void down() {
        beforeRestarts.addAll(Arrays.asList(server.getReceivedMessages()));
        server.stop();
    }

    public synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(beforeRestarts);
        all.addAll(Arrays.asList(server.getReceivedMessages()));
        return all;
    }
}
