package uk.frontdoor.council.duty.matching;

/** Whether two contacts are about the same child, as far as their particulars tell. */
public enum MatchVerdict {
    /** The same NHS number, or the same unique pupil number. */
    MATCH,
    /** No identifier disagrees, and the date of birth, postcode and names agree. A duty worker decides. */
    LIKELY,
    /** Different children, or too little to tell. */
    NO_MATCH
}
