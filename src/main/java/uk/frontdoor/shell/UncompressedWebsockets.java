package uk.frontdoor.shell;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Push websockets are not compressed. Chromium asks for permessage-deflate on every websocket, and Tomcat then keeps,
 * for the connection's whole life, an inflater's 32 KB window and four more 4 KB buffers in the heap, plus zlib's state
 * outside it: about 43 KB for an idle phone, a quarter of what its session costs (README: Benchmarks, memory per
 * session). Vaadin's push messages are a few kilobytes, so on a phone's connection compression saves little time.
 * Tomcat has no switch for the extension, and it negotiates from the request's header before any filter of ours runs,
 * so this valve (which runs first) takes the request for the extension off an upgrade: the browser then simply opens
 * an uncompressed websocket, as the protocol provides.
 */
class UncompressedWebsockets extends ValveBase {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    UncompressedWebsockets() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            request.getCoyoteRequest().getMimeHeaders().removeHeader(EXTENSIONS);
        }
        getNext().invoke(request, response);
    }
}
