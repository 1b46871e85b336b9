package uk.frontdoor.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server on loopback (GreenMail), one for the test JVM, that the portal's email route sends to. */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized String uri() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(FreePort.any(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return "smtp://127.0.0.1:" + server.getSmtp().getPort() + "?useHeaderRecipients=true&useHeaderSubject=true&useHeaderFrom=true";
    }

    public static List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }
}
