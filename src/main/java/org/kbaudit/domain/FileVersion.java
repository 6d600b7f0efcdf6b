package org.kbaudit.domain;

import java.util.Arrays;

/**
 * A Windows file version such as {@code 5.2.3790.2520}, compared numerically part by part
 * ({@code 5.2.3790.999 < 5.2.3790.2520}).
 */
public final class FileVersion implements Comparable<FileVersion> {


    private final int[] parts;

    private FileVersion(int[] parts) {
        this.parts = parts;
    }

    /**
     * Parses four dot-separated numbers, as Windows gives every file version (major, minor, build, revision);
     * anything after them that is separated by white space or a parenthesis (file properties often say
     * {@code 5.2.3790.2520 (srv03_qfe.050831-1305)}) is ignored. Fewer parts are refused rather than padded:
     * a {@code 1830} (a revision alone) or a {@code 5.2} (what a spreadsheet makes of a version typed into a
     * number cell) would otherwise compare as {@code 1830.0.0.0} or {@code 5.2.0.0} and decide the fix wrongly.
     *
     * @throws IllegalArgumentException naming the text when it is not a version
     */
    public static FileVersion parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no version given");
        }
        String stripped = text.strip();
        int end = 0;
        while (end < stripped.length() && !endsVersion(stripped.charAt(end))) {
            end++;
        }
        // fields of 1 to 9 digits separated by dots, exactly four
        int[] parts = new int[4];
        int field = 0;
        int digits = 0;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? stripped.charAt(i) : '.';
            if (c >= '0' && c <= '9' && digits < 9) {
                parts[field] = parts[field] * 10 + (c - '0');
                digits++;
            } else if (c == '.' && digits > 0 && (field < 3 || i == end)) {
                field++;
                digits = 0;
            } else {
                throw notAVersion(text);
            }
        }
        if (field != 4) {
            throw notAVersion(text);
        }
        return new FileVersion(parts);
    }

    private static IllegalArgumentException notAVersion(String text) {
        return new IllegalArgumentException("'" + text + "' is not a file version: four numbers, like 5.2.3790.2520");
    }

    /** Where the version ends: at white space (as a regular expression's {@code \s}) or a parenthesis. */
    private static boolean endsVersion(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '(';
    }

    public boolean isAtLeast(FileVersion other) {
        return compareTo(other) >= 0;
    }

    public boolean isBelow(FileVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(FileVersion other) {
        return Arrays.compare(parts, other.parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileVersion v && Arrays.equals(parts, v.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
    }
}
