package org.kbaudit.domain;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A Windows file version such as {@code 5.2.3790.2520}, compared numerically part by part
 * ({@code 5.2.3790.999 < 5.2.3790.2520}); missing trailing parts count as zero.
 */
public final class FileVersion implements Comparable<FileVersion> {

    private static final Pattern PART = Pattern.compile("\\d{1,9}");

    private final int[] parts;

    private FileVersion(int[] parts) {
        this.parts = parts;
    }

    /**
     * Parses one to four dot-separated numbers; anything after the numbers that is separated by
     * white space or a parenthesis (file properties often say {@code 5.2.3790.2520 (srv03_qfe.050831-1305)})
     * is ignored.
     *
     * @throws IllegalArgumentException naming the text when it is not a version
     */
    public static FileVersion parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no version given");
        }
        String core = text.strip().split("[\\s(]", 2)[0];
        String[] fields = core.split("\\.", -1);
        if (core.isEmpty() || fields.length > 4) {
            throw new IllegalArgumentException("'" + text + "' is not a file version like 5.2.3790.2520");
        }
        int[] parts = new int[4];
        for (int i = 0; i < fields.length; i++) {
            if (!PART.matcher(fields[i]).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a file version like 5.2.3790.2520");
            }
            parts[i] = Integer.parseInt(fields[i]);
        }
        return new FileVersion(parts);
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
