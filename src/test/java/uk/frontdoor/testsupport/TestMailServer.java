package uk.frontdoor.testsupport;

import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** The SMTP server on loopback, one for the test JVM, that the shared portal's email route sends to. */
public final class TestMailServer {

    private static LoopbackMailServer server;

    private TestMailServer() {
    }

    public static synchronized String uri() {
        if (server == null) {
            server = new LoopbackMailServer(ServerSetup.PROTOCOL_SMTP);
            server.up();
        }
        return server.address() + "?useHeaderRecipients=true&useHeaderSubject=true&useHeaderFrom=true";
    }

    public static void up() {
        server.up();
    }

    public static void down() {
        server.down();
    }

    public static List<MimeMessage> received() {
        return server.received();
    }
}
