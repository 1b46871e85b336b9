package uk.frontdoor.validation;

/**
 * The box a message between a referrer and the duty service is typed in. Here, below both, so that the services'
 * field errors and the shell's conversation name the same box without the services importing the UI.
 */
public final class MessageText {

    /** The box's id, which a field error about the message names. */
    public static final String FIELD = "message-text";

    /** The most characters a message may have (message.v1 says the same). */
    public static final int MAX = 2000;

    private MessageText() {
    }
}
