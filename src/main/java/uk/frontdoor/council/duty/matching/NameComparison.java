package uk.frontdoor.council.duty.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.council.duty.ChildParticulars;

/**
 * Whether two contacts name the same child, and what had to be allowed for: case, accents, hyphens and
 * spaces always; then a nickname from the table, a missing or extra middle name, and at most one small
 * spelling slip (one letter added, dropped, changed or swapped with its neighbour) in a name of 5 or more
 * letters. A slip never turns one known name into another (Louis is not a slip for Louise).
 */
final class NameComparison {

    static final int SHORTEST_NAME_FOR_A_SLIP = 5;

    enum Allowance {
        NICKNAME("a nickname"),
        MIDDLE_NAME("a missing middle name"),
        SPELLING("a spelling slip");

        final String words;

        Allowance(String words) {
            this.words = words;
        }
    }

    private enum Likeness { SAME, NICKNAME, SLIP, DIFFERENT }

    private final Nicknames nicknames;

    NameComparison(Nicknames nicknames) {
        this.nicknames = nicknames;
    }

    /** What had to be allowed for the names to agree (nothing if they are the same), or empty if they differ. */
    Optional<Set<Allowance>> agreement(ChildParticulars a, ChildParticulars b) {
        String surnameA = String.join("", Names.tokens(a.lastName()));
        String surnameB = String.join("", Names.tokens(b.lastName()));
        List<String> givenA = Names.tokens(a.firstName());
        List<String> givenB = Names.tokens(b.firstName());
        if (surnameA.isEmpty() || surnameB.isEmpty() || givenA.isEmpty() || givenB.isEmpty()) {
            return Optional.empty();
        }
        Set<Allowance> allowed = EnumSet.noneOf(Allowance.class);
        int slips = 0;
        if (!surnameA.equals(surnameB)) {
            if (!slip(surnameA, surnameB)) {
                return Optional.empty();
            }
            slips++;
        }
        // "Mary-Jane", "Mary Jane" and "Maryjane" are one name written three ways.
        if (!String.join("", givenA).equals(String.join("", givenB))) {
            Likeness first = given(givenA.getFirst(), givenB.getFirst());
            if (first == Likeness.DIFFERENT) {
                return Optional.empty();
            }
            slips += note(first, allowed);
            List<String> middleA = givenA.subList(1, givenA.size());
            List<String> middleB = givenB.subList(1, givenB.size());
            List<String> fewer = middleA.size() <= middleB.size() ? middleA : middleB;
            List<String> more = fewer == middleA ? middleB : middleA;
            if (fewer.size() < more.size()) {
                allowed.add(Allowance.MIDDLE_NAME);
            }
            int next = 0;
            for (String middle : fewer) {
                int found = -1;
                Likeness likeness = Likeness.DIFFERENT;
                for (int k = next; k < more.size() && found < 0; k++) {
                    likeness = middle(middle, more.get(k));
                    if (likeness != Likeness.DIFFERENT) {
                        found = k;
                    }
                }
                if (found < 0) {
                    return Optional.empty();
                }
                slips += note(likeness, allowed);
                next = found + 1;
            }
        }
        if (slips > 1) {
            return Optional.empty();
        }
        if (slips == 1) {
            allowed.add(Allowance.SPELLING);
        }
        return Optional.of(allowed);
    }

    private Likeness given(String a, String b) {
        if (a.equals(b)) {
            return Likeness.SAME;
        }
        if (nicknames.sameName(a, b)) {
            return Likeness.NICKNAME;
        }
        if (!nicknames.differentNames(a, b) && slip(a, b)) {
            return Likeness.SLIP;
        }
        return Likeness.DIFFERENT;
    }

    /** Middle names also agree with their initial: "Katie L" and "Katie Louise". */
    private Likeness middle(String a, String b) {
        if (a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b)) {
            return Likeness.SAME;
        }
        return given(a, b);
    }

    private static int note(Likeness likeness, Set<Allowance> allowed) {
        if (likeness == Likeness.NICKNAME) {
            allowed.add(Allowance.NICKNAME);
        }
        return likeness == Likeness.SLIP ? 1 : 0;
    }

    private static boolean slip(String a, String b) {
        return Math.min(a.length(), b.length()) >= SHORTEST_NAME_FOR_A_SLIP && Names.distance(a, b) <= 1;
    }
}
