package uk.frontdoor.council.duty.matching;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.frontdoor.council.duty.ChildParticulars;

/**
 * Decides whether an earlier contact is about the same child. Pure Java: no database, no Spring.
 * <ol>
 * <li>NHS numbers on both: the same means {@link MatchVerdict#MATCH}, different means different children,
 * whatever the names say (the NHS number is the stronger identifier, so it decides before the pupil number).
 * <li>Otherwise unique pupil numbers on both: the same is a match, different means different children.
 * <li>Otherwise {@link MatchVerdict#LIKELY} only if the dates of birth are the same (an approximate age is
 * not enough), the postcodes are the same once spaces and case are ignored, and the names agree (see
 * {@link NameComparison}): twins share everything but a first name, so a first name that is neither a
 * nickname nor a small slip keeps them apart.
 * </ol>
 */
public final class ChildMatcher {

    private final NameComparison names;

    ChildMatcher(Nicknames nicknames) {
        this.names = new NameComparison(nicknames);
    }

    /** A matcher with the nickname table shipped in {@code matching/nicknames.csv}. */
    public static ChildMatcher withShippedNicknames() {
        return new ChildMatcher(Nicknames.shipped());
    }

    public ChildMatch compare(ChildParticulars child, ChildParticulars candidate) {
        String nhs = child.nhsNumberKey();
        String otherNhs = candidate.nhsNumberKey();
        if (nhs != null && otherNhs != null) {
            return nhs.equals(otherNhs) ? ChildMatch.match("Same NHS number") : ChildMatch.noMatch("Different NHS numbers");
        }
        String pupil = child.pupilNumberKey();
        String otherPupil = candidate.pupilNumberKey();
        if (pupil != null && otherPupil != null) {
            return pupil.equals(otherPupil)
                    ? ChildMatch.match("Same unique pupil number")
                    : ChildMatch.noMatch("Different unique pupil numbers");
        }
        if (child.dateOfBirth() == null || candidate.dateOfBirth() == null) {
            return ChildMatch.noMatch("No date of birth to compare");
        }
        if (!child.dateOfBirth().equals(candidate.dateOfBirth())) {
            return ChildMatch.noMatch("Different dates of birth");
        }
        if (child.postcodeKey() == null || !child.postcodeKey().equals(candidate.postcodeKey())) {
            return ChildMatch.noMatch("Different postcodes");
        }
        return names.agreement(child, candidate)
                .map(allowed -> ChildMatch.likely("Same date of birth and postcode, " + names(allowed)))
                .orElseGet(() -> ChildMatch.noMatch("Different names"));
    }

    /** Each candidate's match, in the candidates' order. */
    public List<ChildMatch> compare(ChildParticulars child, List<ChildParticulars> candidates) {
        return candidates.stream().map(candidate -> compare(child, candidate)).toList();
    }

    private static String names(Set<NameComparison.Allowance> allowed) {
        if (allowed.isEmpty()) {
            return "same name";
        }
        return "names alike allowing " + allowed.stream().map(allowance -> allowance.words)
                .collect(Collectors.joining(" and "));
    }
}
