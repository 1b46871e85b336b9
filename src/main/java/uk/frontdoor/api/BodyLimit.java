package uk.frontdoor.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * No partner API request body may be larger than {@value #MAX_BYTES} bytes (64 KB): far more than the longest
 * concern (every text field at its limit), and little enough that a flood of huge bodies cannot exhaust memory.
 * A declared length over the limit is refused before reading; a chunked body is cut off once it passes it.
 */
public final class BodyLimit extends OncePerRequestFilter {

    public static final int MAX_BYTES = 64 * 1024;
    static final String DETAIL = "The body is larger than " + MAX_BYTES / 1024 + " KB, the most the API takes";

    /** Thrown by the body's stream, so that whichever reader is reading reports it. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super(DETAIL);
        }
    }

    private final HandlerExceptionResolver problems;

    public BodyLimit(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            problems.resolveException(request, response, null, ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, DETAIL));
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) {
                    limited = new Limited(request.getInputStream());
                }
                return limited;
            }
        }, response);
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream body;
        private long read;

        Limited(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
