package uk.frontdoor.council.performance;

import java.nio.charset.StandardCharsets;

/**
 * One Annex A list, ready to download.
 *
 * @param fileName such as {@code annex-a-list-1-contacts-2026-10-26-to-2026-11-22.csv}
 * @param csv RFC 4180 text, header first
 * @param rows how many children's records follow the header
 */
public record AnnexAFile(String fileName, String csv, int rows) {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    /** UTF-8 without a byte order mark, so the first header reads exactly {@code Child Unique ID}. */
    public byte[] bytes() {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
