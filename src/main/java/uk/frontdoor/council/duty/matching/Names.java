package uk.frontdoor.council.duty.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Names as compared: no case, no accents, hyphens and spaces alike, apostrophes dropped. */
final class Names {

    private Names() {
    }

    /** "Zoë O'Brien-Smith" becomes "zoe obrien smith". */
    static String normalise(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i")
                .replaceAll("['’‘`]", "")
                .replaceAll("[^\\p{L}]+", " ")
                .strip();
    }

    /** The separate names in one field: "Mary-Jane Louise" is [mary, jane, louise]. */
    static List<String> tokens(String name) {
        String normal = normalise(name);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    /**
     * Damerau-Levenshtein distance (the optimal string alignment form): insertions, deletions, substitutions
     * and swaps of two neighbouring letters each count one.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
