package uk.frontdoor.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server on loopback (GreenMail), one for the test JVM, that the portal's email route sends to. It can
 * go down and come back on the same port, keeping what it received.
 */
public final class TestMailServer {

    private static final int PORT = FreePort.any();
    private static final List<MimeMessage> BEFORE_RESTARTS = new ArrayList<>();
    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized String uri() {
        if (server == null) {
            up();
        }
        return "smtp://127.0.0.1:" + PORT + "?useHeaderRecipients=true&useHeaderSubject=true&useHeaderFrom=true";
    }

    public static synchronized void up() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized void down() {
        BEFORE_RESTARTS.addAll(Arrays.asList(server.getReceivedMessages()));
        server.stop();
    }

    public static synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(BEFORE_RESTARTS);
        all.addAll(Arrays.asList(server.getReceivedMessages()));
        return all;
    }
}
