package uk.frontdoor.council.performance;

import java.util.OptionalDouble;

/** A part of a whole, such as 3 of the 4 contacts decided: kept as counts so nobody has to trust a rounded figure. */
public record Share(long count, long of) {

    public Share {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("A share is a part of its whole: " + count + " of " + of);
        }
    }

    /** The percentage, or empty when there is nothing to take a share of. */
    public OptionalDouble percent() {
        return of == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * count / of);
    }

    /** "75% (3 of 4)", or "None yet (0 of 0)". */
    public String text() {
        if (of == 0) {
            return "None yet (0 of 0)";
        }
        return Math.round(percent().orElseThrow()) + "% (" + count + " of " + of + ")";
    }
}
