package uk.frontdoor.council.duty.matching;

/**
 * What {@link ChildMatcher} decided about two contacts' children, and why in words a duty worker reads
 * ("Same NHS number"). The reason never repeats a name or a number, so it is safe wherever it goes.
 */
public record ChildMatch(MatchVerdict verdict, String reason) {

    static ChildMatch match(String reason) {
        return new ChildMatch(MatchVerdict.MATCH, reason);
    }

    static ChildMatch likely(String reason) {
        return new ChildMatch(MatchVerdict.LIKELY, reason);
    }

    static ChildMatch noMatch(String reason) {
        return new ChildMatch(MatchVerdict.NO_MATCH, reason);
    }

    /** A match or a likely match: worth showing to the duty worker. */
    public boolean found() {
        return verdict != MatchVerdict.NO_MATCH;
    }
}
