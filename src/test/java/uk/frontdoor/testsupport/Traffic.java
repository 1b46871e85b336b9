package uk.frontdoor.testsupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything a page fetched, with the bytes that crossed the network (compressed bodies plus headers). */
public final class Traffic {

    /** One response: its address, type, encoding, caching and size on the wire. */
    public record Fetched(String url, int status, String contentType, String contentEncoding, String cacheControl,
            long bodyBytes, long headerBytes) {

        public long bytes() {
            return bodyBytes + headerBytes;
        }

        public boolean isScriptOrStyle() {
            return contentType.contains("javascript") || contentType.contains("css");
        }
    }

    private final List<Fetched> fetched = new CopyOnWriteArrayList<>();

    private Traffic() {
    }

    public static Traffic of(Page page) {
        Traffic traffic = new Traffic();
        page.onRequestFinished(traffic::add);
        return traffic;
    }

    private void add(Request request) {
        Response response = request.response();
        if (response == null) {
            return;
        }
        var sizes = request.sizes();
        fetched.add(new Fetched(request.url(), response.status(), header(response, "content-type"),
                header(response, "content-encoding"), header(response, "cache-control"),
                Math.max(0, sizes.responseBodySize), Math.max(0, sizes.responseHeadersSize)));
    }

    private static String header(Response response, String name) {
        String value = response.headers().get(name);
        return value == null ? "" : value;
    }

    public void clear() {
        fetched.clear();
    }

    public List<Fetched> fetched() {
        return List.copyOf(fetched);
    }

    public long bytes() {
        return fetched.stream().mapToLong(Fetched::bytes).sum();
    }

    public String report() {
        StringBuilder lines = new StringBuilder();
        fetched.forEach(each -> lines.append("%8d  %-4s %s%n".formatted(each.bytes(), each.contentEncoding(), each.url())));
        return lines.append("%8d  in all, %d responses%n".formatted(bytes(), fetched.size())).toString();
    }
}
