package uk.frontdoor.council.duty.matching;

/** A duty worker's decision about a pair of contacts, as stored in {@code duty_contact_match_decision}. */
enum MatchDecision {
    CONFIRMED,
    REJECTED
}
