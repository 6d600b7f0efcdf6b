package org.kbaudit.report;

/**
 * How many lines a wrapped cell's text takes in a column, for its row's height. A streamed sheet's rows get no height
 * from POI, and a reader need not fit a row to its wrapped text: LibreOffice keeps the row one line high and draws
 * the other lines over the rows below. So a row with wrapped text is given its height, from this estimate.
 *
 * <p>Widths are counted in tenths of a digit's width, the unit of column widths, per character: the widest of
 * Calibri (the workbook's font) and Arial (Liberation Sans, LibreOffice's stand-in when Calibri and Carlito are
 * missing), regular or bold. Lines break at spaces, also after a hyphen or a slash, or inside a word too long for a
 * line; the estimate is the most lines of any of those ways of breaking, so that no reader shows more.
 */
final class TextLines {

    /** The height of a line of Calibri 11, in points. */
    static final float LINE_HEIGHT = 15f;

    /** Widths of the printable ASCII characters from the space on, in tenths of a digit. */
    private static final byte[] ASCII = {
            5, 7, 9, 10, 10, 16, 14, 5, 7, 7, 10, 11, 6, 7, 6, 9,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 6, 6, 11, 11, 11, 11,
            19, 13, 13, 13, 13, 12, 11, 14, 13, 6, 10, 13, 11, 18, 13, 14,
            12, 14, 13, 12, 11, 13, 12, 18, 12, 12, 11, 7, 9, 7, 11, 10,
            6, 10, 11, 10, 11, 10, 7, 11, 11, 5, 6, 10, 5, 17, 11, 11,
            11, 11, 8, 10, 7, 11, 10, 15, 10, 10, 9, 7, 10, 7, 11};
    /** An accented or other letter of an alphabet: as wide as a capital. */
    private static final int OTHER = 14;
    /** A character of East Asian scripts: two digits wide. */
    private static final int WIDE = 21;
    /** Breaking only at spaces; also after a hyphen; also after a slash. */
    private static final String[] BREAKS = {"", "-", "-/"};

    private TextLines() {
    }

    /**
     * The lines the text takes in a column {@code width} characters wide (as set with {@code setColumnWidth}),
     * of which {@code reserved} are kept free (for an autofilter's button).
     */
    static int lines(String text, int width, int reserved) {
        // a column of w characters shows a little less than w digits: POI's width counts the cell's padding
        int room = Math.max(10, (width - 1 - reserved) * 10);
        if (widest(text) <= room && text.indexOf('\n') < 0) {
            return 1;
        }
        int most = 1;
        for (String after : BREAKS) {
            most = Math.max(most, lines(text, room, after));
        }
        return most;
    }

    /** The width of a column that shows each line of the text on one line. */
    static int columnWidth(String text) {
        return (widest(text) + 9) / 10 + 1;
    }

    /** The width of the text's widest line, in tenths of a digit. */
    private static int widest(String text) {
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line = 0;
            } else {
                line += width(c);
                widest = Math.max(widest, line);
            }
        }
        return widest;
    }

    /** The lines of greedy breaking at spaces, and after the characters of {@code after}. */
    private static int lines(String text, int room, String after) {
        int lines = 1;
        int used = 0;
        int spaces = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
                used = 0;
                spaces = 0;
                i++;
                continue;
            }
            if (c == ' ') {
                spaces += width(c);
                i++;
                continue;
            }
            // a piece: up to a space, a line break, or just after a breaking character
            int end = i;
            int piece = 0;
            while (end < text.length()) {
                char d = text.charAt(end);
                if (d == ' ' || d == '\n') {
                    break;
                }
                piece += width(d);
                end++;
                if (after.indexOf(d) >= 0) {
                    break;
                }
            }
            if (used > 0 && used + spaces + piece <= room) {
                used += spaces + piece;
            } else if (used == 0 && piece <= room) {
                used = piece;
            } else if (piece <= room) {
                lines++;
                used = piece;
            } else {
                // too long for a line: broken between characters, starting on a line of its own
                if (used > 0) {
                    lines++;
                }
                used = 0;
                for (int k = i; k < end; k++) {
                    int w = width(text.charAt(k));
                    if (used > 0 && used + w > room) {
                        lines++;
                        used = 0;
                    }
                    used += w;
                }
            }
            spaces = 0;
            i = end;
        }
        return lines;
    }

    private static int width(char c) {
        if (c >= ' ' && c < 0x7F) {
            return ASCII[c - ' '];
        }
        return c >= 0x2E80 && c < 0xFFEF ? WIDE : OTHER;
    }
}
