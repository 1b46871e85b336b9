package uk.frontdoor.shell;

import java.util.List;

/** What each kind of error page says, in GOV.UK's words: one place for the Vaadin pages and the plain ones. */
enum ErrorWords {

    NOT_FOUND(404, "Page not found",
            "If you typed the web address, check it is correct.",
            "If you pasted the web address, check you copied the entire address."),
    CANNOT_OPEN(403, "You cannot open this page",
            "Your account does not give you access to it.",
            "If you think it should, ask the person who looks after your organisation's account."),
    BAD_REQUEST(400, "There is a problem with this request", "Go back and try again."),
    PROBLEM(500, "Sorry, there is a problem with the service", "Try again later.");

    final int status;
    final String heading;
    final List<String> paragraphs;

    ErrorWords(int status, String heading, String... paragraphs) {
        this.status = status;
        this.heading = heading;
        this.paragraphs = List.of(paragraphs);
    }

    /** The words for any HTTP error status. */
    static ErrorWords forStatus(int status) {
        return switch (status) {
            case 404, 410 -> NOT_FOUND;
            case 401, 403 -> CANNOT_OPEN;
            default -> status >= 500 ? PROBLEM : BAD_REQUEST;
        };
    }
}
