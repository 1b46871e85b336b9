package uk.frontdoor.council.duty.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given names that are the same name: each row of the table is one name with its nicknames and spellings
 * (John, Jon, Johnny, Jack). Two names are the same only if one row holds both; rows are not chained, so
 * Jackie (a John and a Jacqueline) does not make John and Jacqueline the same.
 */
final class Nicknames {

    static final String SHIPPED = "/matching/nicknames.csv";

    private final Map<String, BitSet> rowsOf = new HashMap<>();

    private Nicknames() {
    }

    static Nicknames of(List<List<String>> rows) {
        Nicknames nicknames = new Nicknames();
        for (int row = 0; row < rows.size(); row++) {
            for (String name : rows.get(row)) {
                nicknames.add(name, row);
            }
        }
        return nicknames;
    }

    /** The table shipped in {@value #SHIPPED}: one name per row, comma separated; # starts a comment. */
    static Nicknames shipped() {
        try (InputStream in = Nicknames.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the classpath");
            }
            Nicknames nicknames = new Nicknames();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int row = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                for (String name : line.split(",")) {
                    nicknames.add(name, row);
                }
                row++;
            }
            return nicknames;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String name, int row) {
        String normal = Names.normalise(name);
        if (normal.isEmpty() || normal.contains(" ")) {
            throw new IllegalArgumentException("Not a single given name in the nickname table: '" + name + "'");
        }
        rowsOf.computeIfAbsent(normal, any -> new BitSet()).set(row);
    }

    /** Both normalised names are in one row. */
    boolean sameName(String a, String b) {
        BitSet rowsOfA = rowsOf.get(a);
        BitSet rowsOfB = rowsOf.get(b);
        return rowsOfA != null && rowsOfB != null && rowsOfA.intersects(rowsOfB);
    }

    /** Both normalised names are known and no row holds both: two real names (Louis and Louise), not a slip. */
    boolean differentNames(String a, String b) {
        return rowsOf.containsKey(a) && rowsOf.containsKey(b) && !sameName(a, b);
    }

    int size() {
        return rowsOf.size();
    }
}
