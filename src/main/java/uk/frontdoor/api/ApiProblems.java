package uk.frontdoor.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jms.JmsException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.failure.Failures;
import uk.frontdoor.validation.FieldError;

/**
 * Every answer of the partner API that is not a success: RFC 9457 problem details ({@code application/problem+json})
 * with the true status, whether the problem arose in a controller, in Spring MVC before one was found (405, 415,
 * 404) or in a security filter (401, 403, 413, 429), which hand their problems here too. Only requests under
 * {@code /api/} are answered here; the portal's pages keep their own error handling.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems implements HandlerExceptionResolver {

    /** Seconds a client is asked to wait while the database or the broker cannot be reached. */
    static final int RETRY_AFTER_OUTAGE_SECONDS = 30;

    /** How Spring Security names a token's scopes as authorities. */
    private static final String SCOPE_PREFIX = "SCOPE_";

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    /** A problem a controller or filter throws on purpose, with what the client needs to know. */
    public static ErrorResponseException problem(HttpStatusCode status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    /** 400 with each field's error in the {@code errors} member, as the API has always given them. */
    public static ErrorResponseException invalid(List<FieldError> errors) {
        ErrorResponseException invalid = problem(HttpStatus.BAD_REQUEST,
                "The request has errors: each is named in errors, with what to do about it");
        invalid.getBody().setProperty("errors", errors);
        return invalid;
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!isApi(request) || response.isCommitted()) {
            return null;
        }
        write(response, answerTo(request, exception));
        return new ModelAndView();
    }

    private ErrorResponse answerTo(HttpServletRequest request, Exception exception) {
        if (exception instanceof ErrorResponse known) {
            return known;
        }
        if (exception instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable);
        }
        if (exception instanceof AuthenticationException) {
            return problem(HttpStatus.UNAUTHORIZED, "A valid access token is needed: see WWW-Authenticate");
        }
        if (exception instanceof AccessDeniedException denied) {
            return forbidden(denied);
        }
        if (causedBy(exception, DataAccessResourceFailureException.class, TransientDataAccessException.class,
                CannotCreateTransactionException.class, JmsException.class)) {
            log.warn("Partner API {} {}: the database or the broker cannot be reached ({})", request.getMethod(),
                    request.getRequestURI(), Failures.describe(exception));
            ErrorResponseException unavailable = problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "The portal cannot store or fetch this just now. Nothing was recorded; try again later.");
            unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_OUTAGE_SECONDS));
            return unavailable;
        }
        // Types and places only: an exception's message may quote what the client sent.
        String reference = Failures.logUnexpected("answering the partner API's " + request.getMethod() + " "
                + request.getRequestURI(), exception);
        ErrorResponseException failed = problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote reference " + reference + " to the portal's operators.");
        failed.getBody().setProperty("reference", reference);
        return failed;
    }

    /**
     * 403; when the token lacked a scope, RFC 6750's challenge too, naming the scope, so a client's developer sees
     * which scope to ask its provider for rather than a bare refusal.
     */
    private static ErrorResponse forbidden(AccessDeniedException denied) {
        List<String> scopes = scopesNeeded(denied);
        if (scopes.isEmpty()) {
            return problem(HttpStatus.FORBIDDEN, denied.getMessage());
        }
        String scope = String.join(" ", scopes);
        ErrorResponseException insufficient = problem(HttpStatus.FORBIDDEN,
                "The access token does not carry the scope this needs: " + scope);
        insufficient.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", "
                + "error_description=\"The access token lacks the scope this needs\", scope=\"" + scope + "\"");
        return insufficient;
    }

    /** The scopes an authority rule asked for (SCOPE_x), read from the decision that refused the request. */
    private static List<String> scopesNeeded(AccessDeniedException denied) {
        if (denied instanceof AuthorizationDeniedException refused
                && refused.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
            return decision.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith(SCOPE_PREFIX))
                    .map(authority -> authority.substring(SCOPE_PREFIX.length())).toList();
        }
        return List.of();
    }

    private static ErrorResponse unreadable(HttpMessageNotReadableException unreadable) {
        if (causedBy(unreadable, BodyLimit.TooLarge.class)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, BodyLimit.DETAIL);
        }
        return invalid(List.of(StrictJson.fieldError(unreadable)));
    }

    @SafeVarargs
    private static boolean causedBy(Throwable exception, Class<? extends Throwable>... kinds) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void write(HttpServletResponse response, ErrorResponse problem) {
        ProblemDetail body = problem.getBody();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", body.getType() != null ? body.getType().toString() : "about:blank");
        members.put("title", body.getTitle() != null ? body.getTitle()
                : HttpStatus.valueOf(problem.getStatusCode().value()).getReasonPhrase());
        members.put("status", problem.getStatusCode().value());
        members.put("detail", body.getDetail());
        if (body.getInstance() != null) {
            members.put("instance", body.getInstance().toString());
        }
        if (body.getProperties() != null) {
            members.putAll(body.getProperties());
        }
        response.setStatus(problem.getStatusCode().value());
        problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        // JSON is UTF-8 by definition (RFC 8259), so the media type carries no charset.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        try {
            response.getOutputStream().write(json.writeValueAsBytes(members));
        } catch (IOException gone) {
            log.debug("The client went before its problem could be written");
        }
    }
}
