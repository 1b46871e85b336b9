package uk.frontdoor.messaging;

/**
 * A message that names a concern other than the one its reference belongs to (an acknowledgement, decision or
 * message for another child's contact, or a contact whose reference the duty service holds for a different
 * concern). Applying it would put it on the wrong child's record, so it is parked at once, never applied. The
 * reason is written here in plain words and holds no values.
 */
public class MessageMismatch extends ContractViolation {
    public MessageMismatch(String reason) {
        super(reason);
    }
}
