package uk.frontdoor.shell;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What each open connection costs the heap (README: Benchmarks, memory per session). An idle phone with a form open
 * keeps one connection, its push websocket, and every connection holds a read and a write buffer for its whole life
 * (Tomcat's are 8 KB each), and a websocket five more of its own (8 KB each: input, output, encoding, and a message
 * buffer each for text and binary). For ten thousand idle phones those are what counts, not the turns a page takes:
 * the socket buffers are 2 KB, so a page of a few kilobytes goes in a few writes, and the websocket's 1 KB: a larger
 * incoming message still reaches Atmosphere whole (Tomcat makes room for it, up to the session's limit) and an
 * outgoing one goes in more than one write.
 */
@Component
class LeanConnections implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    static final String BUFFER_BYTES = "2048";
    static final String WEBSOCKET_BUFFER_BYTES = "1024";
    static final String BUFFER_POOL = "32";
    /** Read once by Tomcat's websocket code when it first starts; a value set outside wins. */
    private static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    static {
        if (System.getProperty(WEBSOCKET_BUFFER) == null) {
            System.setProperty(WEBSOCKET_BUFFER, WEBSOCKET_BUFFER_BYTES);
        }
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", BUFFER_BYTES);
            connector.setProperty("socket.appWriteBufSize", BUFFER_BYTES);
            // Closed connections' buffers kept for the next ones: 32 of them, not Tomcat's 500 (4 MB at 8 KB).
            connector.setProperty("socket.bufferPool", BUFFER_POOL);
        });
        factory.addEngineValves(new UncompressedWebsockets());
    }
}
