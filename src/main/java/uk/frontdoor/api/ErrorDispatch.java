package uk.frontdoor.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * An API request that ended in the servlet container's error dispatch (a request the firewall rejected, a
 * {@code sendError}): answered here with its own status as problem details. Left to the portal's {@code /error}
 * page it would pass the portal's sign-in rules, be denied as 403 and start a session.
 */
public final class ErrorDispatch extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    public ErrorDispatch(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    /** An error dispatch of a request that was for the API. */
    public static boolean ofApi(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        Exception failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception thrown
                ? thrown
                : ApiProblems.problem(status(request), "The request could not be handled as it was sent");
        problems.resolveException(new ApiRequest(request), response, null, failure);
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatusCode.valueOf(code) : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The error dispatch's URI is /error; the problem is about the API request's own. */
    private static final class ApiRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        ApiRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            return (String) getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        }
    }
}
