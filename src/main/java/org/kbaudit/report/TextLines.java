package org.kbaudit.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * How many lines a wrapped cell's text takes in a column, for its row's height. A streamed sheet's rows get no height
 * from POI, and a reader need not fit a row to its wrapped text: LibreOffice keeps the row one line high and draws
 * the other lines over the rows below. So a row with wrapped text is given its height, from this estimate.
 *
 * <p>Widths are counted in tenths of a digit's width, the unit of column widths, per character: the widest of
 * Calibri (the workbook's font) and Arial (Liberation Sans, LibreOffice's stand-in when Calibri and Carlito are
 * missing), regular or bold. Lines break at spaces, also after a hyphen or a slash, or inside a word too long for a
 * line; the estimate is the most lines of any of those ways of breaking, so that no reader shows more.
 *
 * <p>A text is read once as its Latin-1 bytes (a large sheet wraps a few columns of every row), each character
 * turned into its width or, for the characters that end a line or may, a code of its own.
 */
final class TextLines {

    /** The height of a line of Calibri 11, in points. */
    static final float LINE_HEIGHT = 15f;
    /** The tallest a row may be, in points: Excel's limit (POI stores more as a negative height). */
    static final float MAX_ROW_HEIGHT = 409f;

    /** Widths of the printable ASCII characters from the space on, in tenths of a digit. */
    private static final byte[] ASCII = {
            5, 7, 9, 10, 10, 16, 14, 5, 7, 7, 10, 11, 6, 7, 6, 9,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 6, 6, 11, 11, 11, 11,
            19, 13, 13, 13, 13, 12, 11, 14, 13, 6, 10, 13, 11, 18, 13, 14,
            12, 14, 13, 12, 11, 13, 12, 18, 12, 12, 11, 7, 9, 7, 11, 10,
            6, 10, 11, 10, 11, 10, 7, 11, 11, 5, 6, 10, 5, 17, 11, 11,
            11, 11, 8, 10, 7, 11, 10, 15, 10, 10, 9, 7, 10, 7, 11};
    /**
     * A character whose width is not known (a letter of another alphabet, a symbol, a control character): as wide as
     * the widest letters, Æ, Œ and bold Ю, and as the em dash, the ellipsis and the trade mark sign (one em of Arial
     * and Liberation Sans, 18 tenths; bold Ю, 19). An accented Latin letter is as wide as its letter.
     */
    private static final byte OTHER = 19;
    /** A character of East Asian scripts: two digits wide. */
    private static final byte WIDE = 21;
    /**
     * A symbol a reader draws as an emoji when its font lacks it (a check mark, a warning sign, a star): from a colour
     * emoji font, about one and a quarter em.
     */
    private static final byte EMOJI = 25;
    /** The widest a character is counted. */
    private static final byte WIDEST = EMOJI;

    /** The codes of the characters where a line ends or may end; every other character is its width. */
    private static final byte SPACE = -1;
    private static final byte NEWLINE = -2;
    private static final byte HYPHEN = -3;
    private static final byte SLASH = -4;
    /** A line feed after a carriage return: the one line end they make together. */
    private static final byte NOTHING = 0;

    /** Each byte of a Latin-1 text as its code: ASCII's, and {@link #OTHER} for the rest. */
    private static final byte[] LATIN1 = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            LATIN1[b] = b >= ' ' && b < 0x7F ? ASCII[b - ' '] : b < 0xA0 ? OTHER : other((char) b);
        }
        LATIN1[' '] = SPACE;
        LATIN1['\n'] = NEWLINE;
        // LibreOffice ends a line at a carriage return too, at one alone as at one before a line feed
        LATIN1['\r'] = NEWLINE;
        LATIN1['-'] = HYPHEN;
        LATIN1['/'] = SLASH;
    }

    /** Ways of breaking besides at spaces: also after a hyphen; also after a slash. */
    private static final boolean[][] BREAKS = {{false, true, false}, {false, true, true}};
    private static final boolean[] SPACES_ONLY = {false, false, false};
    /** The widest column there is, in characters. */
    private static final int MAX_COLUMN = 255;

    private TextLines() {
    }

    /**
     * The lines the text takes in a column {@code width} characters wide (as set with {@code setColumnWidth}),
     * of which {@code reserved} are kept free (for an autofilter's button).
     */
    static int lines(String text, int width, int reserved) {
        return lines(fit(codes(text), width, reserved));
    }

    /** The width of a column that shows each line of the text on one line. */
    static int columnWidth(String text) {
        return width(fit(text, MAX_COLUMN));
    }

    /**
     * The text measured, in one pass when it fits: the width of a column that shows each of its lines on one line
     * ({@link #width(long)}), and the lines it takes in a column at most {@code maxWidth} characters wide
     * ({@link #lines(long)}), which is that column's width whenever the text is wider.
     */
    static long fit(String text, int maxWidth) {
        return fit(codes(text), maxWidth, 0);
    }

    static int width(long fit) {
        return (int) (fit >>> 32);
    }

    static int lines(long fit) {
        return (int) fit;
    }

    /** The height of a row of this many lines, at most the tallest a row may be: a longer text is cut at its foot. */
    static float height(int lines) {
        return Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT);
    }

    /** Whether the text ends a line of its own: a line feed or a carriage return, which LibreOffice reads as one. */
    static boolean hasLineEnd(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    /** Whether a text of this many characters, whatever they are, fits on one line of a column this wide. */
    static boolean surelyFits(int length, int width) {
        return length * WIDEST <= room(width, 0);
    }

    private static long fit(byte[] codes, int maxWidth, int reserved) {
        int widest = 0;
        int line = 0;
        boolean breaks = false;
        boolean paragraphs = false;
        for (byte c : codes) {
            if (c == NEWLINE) {
                paragraphs = true;
                line = 0;
            } else {
                breaks |= c == HYPHEN || c == SLASH;
                line += width(c);
                if (line > widest) {
                    widest = line;
                }
            }
        }
        int room = room(maxWidth, reserved);
        int lines = 1;
        if (widest > room || paragraphs) {
            lines = lines(codes, room, SPACES_ONLY);
            if (breaks && widest > room) {
                for (boolean[] after : BREAKS) {
                    lines = Math.max(lines, lines(codes, room, after));
                }
            }
        }
        return (long) ((widest + 9) / 10 + 1) << 32 | lines;
    }

    /** A column of w characters shows a little less than w digits: POI's width counts the cell's padding. */
    private static int room(int width, int reserved) {
        return Math.max(10, (width - 1 - reserved) * 10);
    }

    /**
     * The lines of greedy breaking at spaces, and after a hyphen if {@code after[1]} and a slash if {@code after[2]}.
     */
    private static int lines(byte[] codes, int room, boolean[] after) {
        int lines = 1;
        int used = 0;
        int spaces = 0;
        int i = 0;
        while (i < codes.length) {
            byte c = codes[i];
            if (c == NEWLINE) {
                lines++;
                used = 0;
                spaces = 0;
                i++;
                continue;
            }
            if (c == SPACE) {
                spaces += width(c);
                i++;
                continue;
            }
            // a piece: up to a space, a line break, or just after a breaking character
            int end = i;
            int piece = 0;
            while (end < codes.length) {
                byte d = codes[end];
                if (d == SPACE || d == NEWLINE) {
                    break;
                }
                piece += width(d);
                end++;
                if (d == HYPHEN && after[1] || d == SLASH && after[2]) {
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
                    int w = width(codes[k]);
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

    private static int width(byte code) {
        return switch (code) {
            case SPACE -> ASCII[0];
            case NEWLINE -> 0;
            case HYPHEN -> ASCII['-' - ' '];
            case SLASH -> ASCII['/' - ' '];
            default -> code;
        };
    }

    /**
     * The text's characters as codes, from its Latin-1 bytes; a text with a character Latin-1 lacks (its byte a
     * question mark) is read a character at a time.
     */
    private static byte[] codes(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        boolean unmapped = false;
        boolean cr = false;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            unmapped |= b == '?';
            bytes[i] = cr && b == '\n' ? NOTHING : LATIN1[b];
            cr = b == '\r';
        }
        if (!unmapped) {
            return bytes;
        }
        byte[] codes = new byte[text.length()];
        cr = false;
        for (int i = 0; i < codes.length; i++) {
            char c = text.charAt(i);
            codes[i] = cr && c == '\n' ? NOTHING : c < 256 ? LATIN1[c] : c >= 0x2E80 && c < 0xFFEF ? WIDE
                    : c >= 0x2300 && c < 0x2C00 ? EMOJI : other(c);
            cr = c == '\r';
        }
        return codes;
    }

    /** An accented Latin letter as wide as its letter; any other character {@link #OTHER}. */
    private static byte other(char c) {
        String letter = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = letter.charAt(0);
        return letter.length() > 1 && (base >= 'A' && base <= 'Z' || base >= 'a' && base <= 'z')
                ? ASCII[base - ' '] : OTHER;
    }
}
