package uk.frontdoor.load;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import uk.frontdoor.testsupport.ConcernBurst;
import uk.frontdoor.testsupport.PackagedPortal;
import uk.frontdoor.testsupport.PartnerApiClient;

/**
 * The portal a load run drives: the one at {@code -Dload.url} (its API rate limit raised by whoever runs it), or else
 * the packaged jar started here on its embedded defaults in demo mode, as a council would run it, with the per-client
 * rate limit lifted so the limit measured is the portal's and not the guard's.
 */
final class PortalUnderLoad implements AutoCloseable {

    /** A complete concern as a school's system posts it. */
    static final String CONCERN = PartnerApiClient.concern("Load");
    /** Tokens from the built-in provider live 5 minutes: take a fresh one well before. */
    private static final Duration TOKEN_AGE = Duration.ofMinutes(3);

    private final PackagedPortal started;
    private final String url;
    private final PartnerApiClient api;
    private String token;
    private Instant tokenTakenAt = Instant.MIN;

    private PortalUnderLoad(PackagedPortal started, String url) {
        this.started = started;
        this.url = url;
        this.api = new PartnerApiClient(URI.create(url).getPort());
    }

    static PortalUnderLoad startOrUse() {
        String given = System.getProperty("load.url");
        if (given != null && !given.isBlank()) {
            return new PortalUnderLoad(null, given);
        }
        PackagedPortal portal = PackagedPortal.start(Map.of("FRONTDOOR_DEMO", "true",
                "FRONTDOOR_API_RATE_LIMIT_PER_MINUTE", "100000000"));
        return new PortalUnderLoad(portal, "http://localhost:" + portal.port());
    }

    String url() {
        return url;
    }

    /** One demo school system's token, shared by every virtual user, as one partner system would share it. */
    synchronized String token() {
        if (Instant.now().isAfter(tokenTakenAt.plus(TOKEN_AGE))) {
            try {
                token = api.token(ConcernBurst.CLIENT, ConcernBurst.SECRET);
                tokenTakenAt = Instant.now();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }
}
