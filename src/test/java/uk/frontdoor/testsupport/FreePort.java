package uk.frontdoor.testsupport;

import java.io.IOException;
import java.net.ServerSocket;

/** A port nothing listens on now, for a loopback server that must keep its port across a stop and start. */
public final class FreePort {

    private FreePort() {
    }

    public static int any() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
