package uk.frontdoor.failure;

/**
 * An exception whose message is written by this portal to hold no values: which fields, which contract, which HTTP
 * status. Only such a message may be logged or stored; every other exception's message is withheld (Failures).
 */
public interface ValueFreeMessage {
}
