package uk.frontdoor.council.performance;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: records end with CRLF; a field holding a comma, a double quote,
 * CR or LF is enclosed in double quotes, with each double quote inside doubled.
 *
 * <p>A field that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or CR) gets a leading
 * apostrophe, so opening an export in Excel can never run anything (OWASP "CSV injection"). No field the Annex A
 * lists write starts that way except, possibly, a worker's name.
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder();
    private final int columns;
    private int records;

    public Csv(List<String> header) {
        this.columns = header.size();
        write(header);
    }

    /** Adds a record; it must have one field per header column (null writes an empty field). */
    public Csv row(List<String> fields) {
        if (fields.size() != columns) {
            throw new IllegalArgumentException("Expected " + columns + " fields, got " + fields.size());
        }
        write(fields);
        records++;
        return this;
    }

    /** How many records follow the header. */
    public int records() {
        return records;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void write(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0 || safe.indexOf('\n') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
